data = b"\x01\x02\x03"
print([x * 2 for x in data], sum(data), max(data), sorted(b"cab"), bytes(sorted(b"cab")))
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" + bytearray(b"b"), type(bytearray(b"a") + b"b").__name__)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
for i, byte in enumerate(b"hi"):
    print(i, byte, chr(byte))
