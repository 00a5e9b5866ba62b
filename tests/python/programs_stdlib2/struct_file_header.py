import io
import struct
import zlib

BMP_HEADER = struct.Struct("<2sIHHI")
DIB_HEADER = struct.Struct("<IiiHHIIiiII")
width, height = 4, 2
row = bytes([255, 0, 0] * width)
pad = (4 - len(row) % 4) % 4
pixels = (row + b"\x00" * pad) * height
dib = DIB_HEADER.pack(DIB_HEADER.size, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
header = BMP_HEADER.pack(b"BM", BMP_HEADER.size + len(dib) + len(pixels), 0, 0, BMP_HEADER.size + len(dib))
data = header + dib + pixels
print(len(data), data[:14].hex(" "))
magic, size, r1, r2, offset = BMP_HEADER.unpack_from(data)
print(magic, size, r1, r2, offset)
fields = DIB_HEADER.unpack_from(data, BMP_HEADER.size)
print(dict(zip(["size", "w", "h", "planes", "bpp", "comp", "imgsize", "xppm", "yppm", "colors", "important"], fields)))


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)


ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
raw = b"".join(b"\x00" + bytes([10, 20, 30] * 2) for _ in range(2))
png = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b"")
stream = io.BytesIO(png)
print(stream.read(8))
while True:
    head = stream.read(8)
    if len(head) < 8:
        break
    length, kind = struct.unpack(">I4s", head)
    body = stream.read(length)
    (crc,) = struct.unpack(">I", stream.read(4))
    ok = crc == zlib.crc32(kind + body) & 0xffffffff
    print(kind.decode(), length, ok, struct.unpack(">IIBBBBB", body) if kind == b"IHDR" else (zlib.decompress(body) if kind == b"IDAT" else b""))

records = [(1, b"alice", 3.5, True), (2, b"bob", -1.25, False), (300, b"christina", 1e10, True)]
fmt = struct.Struct("!H8sd?")
blob = b"".join(fmt.pack(*r) for r in records)
print(len(blob), fmt.size)
for rec in fmt.iter_unpack(blob):
    ident, name, score, active = rec
    print(ident, name.rstrip(b"\0").decode(), score, active)
print(struct.pack("@b i", 1, 2), struct.pack("=bi", 1, 2), struct.calcsize("@bi"), struct.calcsize("=bi"))
print(struct.pack(">3s2x3s", b"abc", b"def"), struct.unpack("<?", b"\x02"), struct.pack("<?", []))
print(struct.pack("<n", 5) if False else "native n only", struct.pack("P", 0) == b"\0" * struct.calcsize("P"))
print(struct.unpack("<d", struct.pack("<d", float("inf"))), struct.unpack("<f", struct.pack("<f", float("nan")))[0] != 0)
print(struct.pack("<e", 65504.0), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"))
