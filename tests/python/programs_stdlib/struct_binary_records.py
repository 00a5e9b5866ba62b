import struct, io

RECORD = struct.Struct("<I16sHd")
people = [(1, "Alice", 34, 55.5), (2, "Bob", 29, 80.25), (3, "Chloé", 41, 61.0)]
buf = io.BytesIO()
for pid, name, age, weight in people:
    buf.write(RECORD.pack(pid, name.encode("utf-8"), age, weight))
data = buf.getvalue()
print(len(data), RECORD.size, len(data) // RECORD.size)
for rec in RECORD.iter_unpack(data):
    pid, raw, age, weight = rec
    print(pid, raw.rstrip(b"\x00").decode("utf-8"), age, weight)
header = struct.pack(">4sHHI", b"WEFT", 1, 2, len(people))
print(header.hex(" "), struct.unpack(">4sHHI", header))
magic, major, minor, count = struct.unpack_from(">4sHHI", header + data)
print(magic, major, minor, count)
print(struct.pack("<i", -2).hex(), struct.pack(">i", -2).hex(), struct.pack("<H", 0xBEEF).hex())
print(int.from_bytes(struct.pack("<I", 305419896), "little"), (305419896).to_bytes(4, "big").hex())
vals = struct.unpack("<8B", struct.pack("<d", 1.0))
print(vals, struct.unpack("<d", bytes(vals)))
print(struct.pack("<3h", *range(3)), struct.calcsize("<3h"))
print(struct.pack("<?hq", True, -1, 2**40).hex())
fmt = "<" + "".join(["b", "h", "i", "q", "f", "d"])
packed = struct.pack(fmt, 1, 2, 3, 4, 5.5, 6.25)
print(len(packed), struct.unpack(fmt, packed))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq"), struct.calcsize("@xxh"))
print(struct.pack("@bi", 1, 2).hex(), struct.pack("=bi", 1, 2).hex())
print(struct.unpack("<2s2s", b"abcd"), struct.unpack("<s", b"z"), struct.pack("0s", b"abc"), struct.calcsize("0s"))
bits = struct.unpack(">I", struct.pack(">f", -0.15625))[0]
print(f"{bits:032b}", bits >> 31, (bits >> 23) & 0xFF, bits & 0x7FFFFF)
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.unpack(">e", struct.pack(">e", 65504.0)))
try:
    struct.pack(">e", 70000.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    struct.pack("<f", 1e40)
except OverflowError as e:
    print(type(e).__name__, e)
