e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
e1 = ValueError("one")
print(str(e1), repr(e1), e1.args)
e0 = ValueError()
print(repr(str(e0)), repr(e0), e0.args)
k = KeyError("missing")
print(str(k), repr(k))
k2 = KeyError("a", "b")
print(str(k2))
print(str(KeyError()), repr(IndexError(5)))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, "not found")
except MyErr as err:
    print(err.code, err, err.args, type(err).__name__)
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
print(OSError(2, "x").errno, OSError(2, "x").strerror)
