# Build a minimal PNG by hand (chunks with CRC32, zlib-compressed scanlines), then parse it back.
import os
import struct
import tempfile
import zlib

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

W, H = 4, 3
raw = b"".join(b"\x00" + bytes((x * 60, y * 100, 255 - x * 60) for x in range(W) for _ in [0])[:0] +
               b"".join(bytes((x * 60, y * 100, 255 - x * 60)) for x in range(W)) for y in range(H))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) +
       chunk(b"tEXt", b"Comment\x00made by hand") + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tiny.png")
    with open(path, "wb") as f:
        f.write(png)
    print(os.path.getsize(path), png[:8])
    with open(path, "rb") as f:
        sig = f.read(8)
        print("signature ok:", sig == b"\x89PNG\r\n\x1a\n")
        idat = b""
        while True:
            header = f.read(8)
            if len(header) < 8:
                break
            length, kind = struct.unpack(">I4s", header)
            data = f.read(length)
            (crc,) = struct.unpack(">I", f.read(4))
            ok = crc == zlib.crc32(kind + data) & 0xFFFFFFFF
            print(kind.decode("ascii"), length, "crc ok" if ok else "CRC MISMATCH", hex(crc))
            if kind == b"IHDR":
                print("  ", struct.unpack(">IIBBBBB", data))
            elif kind == b"tEXt":
                key, _, value = data.partition(b"\x00")
                print("  ", key.decode(), "=", value.decode())
            elif kind == b"IDAT":
                idat += data
    pixels = zlib.decompress(idat)
    stride = 1 + W * 3
    for y in range(H):
        row = pixels[y * stride:(y + 1) * stride]
        print(row[0], [tuple(row[1 + i:4 + i]) for i in range(0, W * 3, 3)])
    d = zlib.decompressobj()
    part = d.decompress(idat[:10]) + d.decompress(idat[10:]) + d.flush()
    print(part == raw, len(raw), zlib.adler32(raw), zlib.crc32(b"") , zlib.crc32(b"abc", 1))
    c = zlib.compressobj(level=6, wbits=-15)
    deflated = c.compress(raw) + c.flush()
    print(zlib.decompress(deflated, wbits=-15) == raw)
    try:
        zlib.decompress(idat[:-3])
    except zlib.error as e:
        print(type(e).__name__, e)
