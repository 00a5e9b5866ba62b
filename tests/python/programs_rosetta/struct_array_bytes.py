import struct
import array
packed = struct.pack("<hIq?3sd", -2, 4000000000, -(2 ** 60), True, b"abc", 1.5)
print(packed.hex(" "), struct.calcsize("<hIq?3sd"), struct.calcsize("hIq"), struct.unpack("<hIq?3sd", packed))
print(struct.pack(">f", 0.1), struct.unpack(">d", bytes.fromhex("400921fb54442d18")), struct.pack("!H", 258))
print(list(struct.iter_unpack("<BB", b"\x01\x02\x03\x04")), struct.Struct("<i").pack(7))
try:
    struct.pack("b", 300)
except struct.error as e:
    print("struct.error:", e)
a = array.array("i", [5, 1, 4])
a.append(9); a.extend([2, 2]); a.reverse()
print(a, a.typecode, a.itemsize, a.tolist(), a.count(2), a.index(4), a[1:3], sum(a))
print(array.array("d", [1.5, 2.0]), array.array("u", "hi"), array.array("B", b"\x01\xff").tobytes())
b = bytearray(b"hello world")
b[0] = 72; b[6:] = b"There"; b.extend(b"!!")
print(b, bytes(b).upper(), b.find(b"o"), b.replace(b"l", b"L"), b.hex("-", 4), len(b))
print(bytes(5), bytes([65, 66]), b"ab" * 3, b"a,b".split(b","), b"  x ".strip(), bytes.fromhex("de ad be ef"), b"\x00\n\\'\"")
print(list(b"AZ"), b"abc"[1], b"abc"[1:], memoryview(b"abcd")[1:3].tobytes(), b"%d-%s" % (5, b"x"), b"caf\xc3\xa9".decode())
try:
    b"x"[0] = 1
except TypeError as e:
    print("TypeError:", e)
