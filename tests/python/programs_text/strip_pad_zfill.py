# strip with chars, padding, zfill
words = ["  hello  ", "xxhixx", "...dots...", "\t\n mixed \r\n", "", "abcba"]
for w in words:
    print(repr(w), repr(w.strip()), repr(w.lstrip("x. ")), repr(w.rstrip(".\n\r ")), repr(w.strip("ab")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("  spam  ".strip(None)))
for s in ["7", "-7", "+7", "", "abc", "-", "1234567", "-0042"]:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)))
for s in ["ab", "abc", "", "long string here"]:
    print("[" + s.center(8) + "]", "[" + s.center(9, "*") + "]", "[" + s.ljust(7, "-") + "]", "[" + s.rjust(7, ".") + "]")
print("[" + "a".center(4) + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(2) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".rjust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
print(b"  bytes  ".strip(), b"xxbyxx".strip(b"x"), b"7".zfill(4), b"ab".center(6, b"*"), b"-3".zfill(4))
print("é".center(5, "ü"), "日本".ljust(5, "語"))
print("removeprefix:", "TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"))
