print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool(()), bool(None))
print(bool.__mro__, isinstance(True, int), True + 1, True / 2)
print(str(True), repr(False), int(True), float(False))
print(True & 1, True | 2, True ^ True, ~True)
try:
    class MyBool(bool): pass
except TypeError as e:
    print(e)
