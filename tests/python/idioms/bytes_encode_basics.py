s = "Héllo wörld"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print(list("AZ".encode()), bytes([72, 105]), b"abc"[0], b"abc"[1:])
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end)
print(b"hello".upper(), b"a,b".split(b","), b"x" * 3, b"ab" + b"cd")
print(bytes(3), bytearray(b"hi"), b"\x00\xff".hex(), bytes.fromhex("48 49"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(33)
print(ba, bytes(ba), ba.decode())
print(sum(b"abc"), b"abc" == bytes("abc", "ascii"), "abc" == b"abc")
