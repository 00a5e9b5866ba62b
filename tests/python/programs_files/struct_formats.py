# struct: every format character, byte orders, sizes, alignment, errors.
import struct

values = {
    "b": -5, "B": 250, "h": -1234, "H": 65000, "i": -100000, "I": 4000000000, "l": -7, "L": 7,
    "q": -2**40, "Q": 2**63 + 5, "n": -3, "N": 3, "e": 1.5, "f": 3.25, "d": -2.0 / 3, "?": True,
    "c": b"z", "x": None, "s": b"abc", "p": b"pas", "P": 4096,
}
for ch, v in values.items():
    for order in ["@", "=", "<", ">", "!"]:
        fmt = order + ch
        if ch in "nNP" and order != "@":
            continue
        try:
            packed = struct.pack(fmt, v) if v is not None else struct.pack(fmt)
            back = struct.unpack(fmt, packed)
            print(fmt, struct.calcsize(fmt), packed.hex(), back)
        except struct.error as e:
            print(fmt, "error:", e)

print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("<bhiq"), struct.calcsize("@qb"))
print(struct.calcsize("3s2x4h"), struct.calcsize("0i"), struct.calcsize(""))
print(struct.pack(">3sH5p", b"ab", 7, b"hello world"))
print(struct.unpack("<4s", b"\x00abc"), struct.pack("10s", b"short"))
print(struct.pack("<?"*4, 0, 1, [], "x"))
print(struct.unpack(">e", b"\x7c\x00"), struct.unpack(">f", b"\x7f\xc0\x00\x00"))
errors = [("<h", (40000,)), ("<B", (-1,)), ("<i", (1.5,)), ("<c", (b"ab",)), ("<s", ("str",)),
          ("<hh", (1,)), ("<h", (1, 2)), ("<z", (1,)), ("<q", (2**64,)), ("<e", (1e6,)), ("<?", ())]
for fmt, args in errors:
    try:
        struct.pack(fmt, *args)
    except (struct.error, TypeError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt, data in [("<i", b"\x00\x01"), ("<2h", b"\x00" * 5), (">d", b"")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, type(e).__name__, e)
print(list(struct.iter_unpack("<hB", bytes(range(9)))))
try:
    list(struct.iter_unpack("<h", b"abc"))
except struct.error as e:
    print(type(e).__name__, e)
s = struct.Struct(">I2sh")
print(s.format, s.size, s.pack(1, b"xy", -2), s.unpack(b"\x00\x00\x00\x01xy\xff\xfe"))
buf = bytearray(12)
s.pack_into(buf, 2, 9, b"QQ", 3)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<H", buf, offset=10))
try:
    s.pack_into(buf, 5, 1, b"a", 1)
except struct.error as e:
    print(type(e).__name__, e)
print(repr(s), struct.Struct("i").format)
