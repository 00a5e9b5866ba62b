# str.translate and str.maketrans in all forms
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("aeiou", "AEIOU", "xyz")
print(sorted(t2.items()))
print("the lazy fox, quiz".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
print(sorted(t3.items()))
print("abcd abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: "J", 111: 48}))
print("abc".translate({}), "abc".translate([None, None] + list("xyz") * 40))
class Rot13(dict):
    def __missing__(self, k):
        if 97 <= k <= 122:
            return (k - 97 + 13) % 26 + 97
        if 65 <= k <= 90:
            return (k - 65 + 13) % 26 + 65
        raise LookupError(k)
print("Hello, World!".translate(Rot13()))
import string
strip_punct = str.maketrans("", "", string.punctuation)
print("Hello, World! It's (really) great...".translate(strip_punct))
leet = str.maketrans("aeiost", "4310$7")
print("toast is the best".translate(leet))
for bad in [("ab", "x"), ("a",), (1,), ({"ab": "x"},), ({1.5: "x"},), ("a", "b", 3)]:
    try:
        print(str.maketrans(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}, {97: b"x"}]:
    try:
        print("abc".translate(table))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bt = bytes.maketrans(b"abc", b"ABC")
print(len(bt), bt[97:100], b"aabbcc".translate(bt), b"hello world".translate(None, b"lo"), b"abc".translate(bt, b"b"))
try:
    b"x".translate(b"short")
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(b"xyz").translate(bytes.maketrans(b"xyz", b"123")))
caesar = {ord(c): ord("a") + (ord(c) - ord("a") + 3) % 26 for c in string.ascii_lowercase}
print("attack at dawn".translate(caesar))
