# Write a tiny 24-bit BMP by hand, read its header back, and hash the bytes.
import hashlib
import os
import struct
import tempfile

W, H = 5, 3
pixels = [[((x * 50) % 256, (y * 100) % 256, ((x + y) * 30) % 256) for x in range(W)] for y in range(H)]
row_size = (W * 3 + 3) & ~3
pad = row_size - W * 3
image = bytearray()
for row in reversed(pixels):
    for r, g, b in row:
        image += bytes((b, g, r))
    image += b"\0" * pad
file_header = struct.pack("<2sIHHI", b"BM", 14 + 40 + len(image), 0, 0, 54)
info_header = struct.pack("<IiiHHIIiiII", 40, W, H, 1, 24, 0, len(image), 2835, 2835, 0, 0)
blob = file_header + info_header + bytes(image)
print(len(file_header), len(info_header), len(image), len(blob), row_size, pad)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tiny.bmp")
    with open(path, "wb") as f:
        f.write(blob)
    with open(path, "rb") as f:
        sig, size, _, _, offset = struct.unpack("<2sIHHI", f.read(14))
        hdr = struct.unpack("<IiiHHIIiiII", f.read(40))
        print(sig, size, offset, hdr[:5], hdr[6])
        f.seek(offset)
        first_row = f.read(row_size)
        print(first_row.hex(" ", 3))
        print(f.read(row_size)[:6].hex("-"))
    with open(path, "rb") as f:
        digest = hashlib.sha256()
        for chunk in iter(lambda: f.read(16), b""):
            digest.update(chunk)
    print(digest.hexdigest())
    print(hashlib.md5(blob).hexdigest(), hashlib.sha1(blob).hexdigest()[:16])
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, "sha256").hexdigest() == digest.hexdigest())
    print(hashlib.blake2b(blob, digest_size=8).hexdigest(), hashlib.sha3_256(b"").hexdigest()[:12])
    h = hashlib.new("sha512")
    h.update(b"tiny")
    h2 = h.copy()
    h2.update(b".bmp")
    print(h.name, h.digest_size, h.block_size, h2.hexdigest()[:20])
