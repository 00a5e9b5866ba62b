import struct

print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!h", -2), struct.pack("<q", -1))
print(struct.pack("<hhl", 1, 2, 3), struct.calcsize("<hhl"), struct.calcsize("hhl"), struct.calcsize("@cid"))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.unpack("<f", b"\x00\x00\xc0?"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("p", b"x"), struct.pack("4p", b"hello"))
print(struct.pack("?x?", True, 0), struct.pack("<e", 2.5), struct.unpack("<e", struct.pack("<e", 0.1)))
print(struct.pack("c", b"z"), struct.pack("<bB", -128, 255), struct.pack("<Q", 2**64 - 1))
data = struct.pack("<4sIHb", b"WEFT", 1000, 65535, -5)
print(data, len(data), struct.unpack("<4sIHb", data))
print(struct.unpack_from("<H", b"\x00\x01\x02\x03", 1), struct.unpack_from(">H", b"\x00\x01\x02\x03", offset=2))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0xABCD, 7)
print(buf)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct(">iH")
print(s.format, s.size, s.pack(-1, 2), s.unpack(b"\xff\xff\xff\xff\x00\x02"))
print(struct.calcsize("10x"), struct.calcsize("3i"), struct.calcsize("<2h3s"), struct.calcsize("P") in (4, 8))
print(struct.pack("<3B", 1, 2, 3), struct.unpack("<2i", struct.pack("<2i", 7, -7)))
print(struct.pack(">n", 5) if False else "skip n", struct.pack("@i", 1) == struct.pack("=i", 1))
for fmt, args in [("<h", (70000,)), ("<B", (-1,)), ("<I", (1.5,)), ("<i", ("x",)), ("<ii", (1,)), ("<4s", ("str",)),
                  ("<c", (b"ab",)), ("<?", ()), ("z", (1,)), ("<Q", (-1,)), ("<b", (128,))]:
    try:
        struct.pack(fmt, *args)
        print(fmt, "ok")
    except struct.error as e:
        print(fmt, "struct.error", e)
    except TypeError as e:
        print(fmt, "TypeError", e)
try:
    struct.unpack("<I", b"\x00\x00")
except struct.error as e:
    print("struct.error", e)
try:
    struct.unpack_from("<I", b"\x00\x00", 1)
except struct.error as e:
    print("struct.error", e)
try:
    list(struct.iter_unpack("<H", b"\x00\x00\x00"))
except struct.error as e:
    print("struct.error", e)
print(struct.pack("<d", float("inf")), struct.unpack(">d", b"\x7f\xf8" + bytes(6)))
print(struct.pack("<?", [1]), struct.pack("<i", True))
