# str/bytes/bytearray removeprefix and removesuffix (3.9) versus strip.
names = ["test_alpha", "test_", "testing", "alpha_test.py", "x"]
for n in names:
    print(repr(n.removeprefix("test_")), repr(n.removesuffix(".py")), repr(n.lstrip("test_")))
print(b"prefix:data".removeprefix(b"prefix:"), bytearray(b"data.bin").removesuffix(b".bin"))
print("abc".removeprefix(""), "abc".removesuffix(""))


class S(str):
    pass


r = S("abc").removeprefix("z")
print(type(r).__name__, r)
try:
    "abc".removeprefix(("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".removeprefix("a")
except TypeError as e:
    print("TypeError:", e)
