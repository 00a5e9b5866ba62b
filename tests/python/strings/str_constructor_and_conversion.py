print(str(123), str(-1.5), str(1e100), str([1, "a", None]), str((1,)), str({"a": 1}), str({1}))
print(str(b"abc"), str(b"abc", "utf-8"), str(bytearray(b"z"), "ascii"))
print(str(object).split("'")[1], str(str), str(int))
class X:
    def __str__(self): return "X as str"
print(str(X()), "%s" % X(), f"{X()}", "{}".format(X()))
print(repr(str()), str("already"))
