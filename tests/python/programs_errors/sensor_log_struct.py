# Decoding binary sensor records with struct; truncated and malformed records raise struct.error.
import struct

RECORD = struct.Struct("<HhfB")
print(RECORD.size, RECORD.format)

good = [RECORD.pack(1, -40, 21.5, 3), RECORD.pack(2, 100, -0.25, 0)]
blob = b"".join(good)
for rec in RECORD.iter_unpack(blob):
    print(rec)

bad_packs = [
    (1, -40, 21.5),
    (70000, 1, 1.0, 1),
    (1, 40000, 1.0, 1),
    (1, 1, "warm", 1),
    (1, 1, 1.0, 256),
    (1.5, 1, 1.0, 1),
    (-1, 1, 1.0, 1),
]
for values in bad_packs:
    try:
        RECORD.pack(*values)
    except struct.error as e:
        print("struct.error:", e)

for data in [blob[:5], blob + b"\x00", b""]:
    try:
        print(RECORD.unpack(data))
    except struct.error as e:
        print("struct.error:", e)
try:
    list(RECORD.iter_unpack(blob[:-1]))
except struct.error as e:
    print("struct.error:", e)
try:
    RECORD.unpack_from(blob, 20)
except struct.error as e:
    print("struct.error:", e)
for fmt in ["<Q", "3s", "?", "e", "5p", "<i4x", "z", "<", "@i", "2i2"]:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, "struct.error:", e)
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.unpack(">h", b"\xff\xfe"))
print(struct.pack("3s", b"abcdef"), struct.pack("?", []), struct.pack("e", 1.5))
try:
    struct.pack("e", 1e10)
except OverflowError as e:
    print("OverflowError:", e)
try:
    struct.pack("f", 1e300)
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(struct.error("x"), Exception), struct.error.__mro__[1].__name__)
RECORD.unpack(blob[:3])
