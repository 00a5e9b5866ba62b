import struct

formats = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "e", "?", "c", "x", "5s", "p", "P", "n", "N",
           "<h", ">h", "!I", "=q", "@i", "3h", "hi", "ih", "<hi", "bq", "0s", "10p", "2c"]
for f in formats:
    print(f, struct.calcsize(f))

print(struct.pack("<hHiI", -2, 65535, -100000, 4000000000))
print(struct.pack(">hHiI", -2, 65535, -100000, 4000000000).hex())
print(struct.pack("<q", -1), struct.pack(">Q", 2**64 - 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.pack("<e", 0.333))
print(struct.unpack("<e", struct.pack("<e", 0.333)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("?", 5), struct.pack("c", b"A"), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"))
print(struct.pack("5p", b"hello world"), struct.unpack("5p", b"\x03abcd"))
print(struct.pack(">bxh", 1, 2), struct.pack("<2xI", 7))

rec = struct.Struct("<I8sdH")
print(rec.format, rec.size)
data = rec.pack(42, b"widget", 3.75, 9)
print(data)
print(rec.unpack(data))
buf = bytearray(rec.size * 2)
rec.pack_into(buf, rec.size, 7, b"gadget!!", -1.25, 65535)
print(rec.unpack_from(buf, rec.size), rec.unpack_from(buf))
stream = struct.pack("<3H", 1, 2, 3) + struct.pack("<3H", 4, 5, 6)
print(list(struct.iter_unpack("<3H", stream)))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<I", b"\x00\x00\x01\x00"))
print(struct.unpack("!4B", bytes([192, 168, 1, 20])))
print(struct.unpack("<i", memoryview(b"\xff\xff\xff\xff")))

errors = [
    lambda: struct.pack("b", 200),
    lambda: struct.pack("B", -1),
    lambda: struct.pack("<h", 40000),
    lambda: struct.pack("I", -5),
    lambda: struct.pack("i", 1.5),
    lambda: struct.pack("i", "x"),
    lambda: struct.pack("2i", 1),
    lambda: struct.pack("i", 1, 2),
    lambda: struct.unpack("<i", b"abc"),
    lambda: struct.calcsize("z"),
    lambda: struct.pack("c", b"ab"),
    lambda: struct.pack("s", "text"),
    lambda: struct.pack("<e", 1e6),
    lambda: struct.unpack_from("<I", b"ab", 0),
    lambda: list(struct.iter_unpack("<I", b"abcde")),
    lambda: struct.pack("q", 2**63),
    lambda: struct.Struct(5),
]
for fn in errors:
    try:
        print(fn())
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(struct.error.__module__, struct.error.__name__)
