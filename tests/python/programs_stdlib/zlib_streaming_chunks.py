import zlib, gzip, io, base64

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 40).encode()
comp = zlib.compressobj(level=9)
out = b""
for i in range(0, len(text), 100):
    out += comp.compress(text[i:i + 100])
out += comp.flush()
print(len(text), len(out), zlib.decompress(out) == text)
dec = zlib.decompressobj()
parts = [dec.decompress(out[i:i + 50]) for i in range(0, len(out), 50)]
print(sum(map(len, parts)), b"".join(parts) + dec.flush() == text, dec.eof)
limited = zlib.decompressobj()
first = limited.decompress(out, 100)
print(len(first), len(limited.unconsumed_tail) > 0)
rest = limited.decompress(limited.unconsumed_tail)
print(len(first) + len(rest) + len(limited.flush()) == len(text))
sync = zlib.compressobj()
a = sync.compress(b"part one ") + sync.flush(zlib.Z_SYNC_FLUSH)
b = sync.compress(b"part two") + sync.flush()
d2 = zlib.decompressobj()
print(d2.decompress(a), d2.decompress(b))
print(zlib.crc32(text) & 0xffffffff, zlib.adler32(text), hex(zlib.crc32(b"abc")))
crc = 0
for i in range(0, len(text), 333):
    crc = zlib.crc32(text[i:i + 333], crc)
print(crc == zlib.crc32(text))
packed = base64.b64encode(zlib.compress(b"small payload " * 5)).decode()
print(packed, zlib.decompress(base64.b64decode(packed)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
    for i in range(3):
        g.write(f"line {i}\n".encode())
raw = buf.getvalue()
print(raw[:3], len(raw) > 10, gzip.decompress(raw).decode().splitlines())
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:
    print(g.read(4), g.readline(), g.read())
print(zlib.decompress(zlib.compress(b"x" * 10000, 1)) == b"x" * 10000, len(zlib.compress(b"x" * 10000, 9)))
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print(type(e).__name__, e)
try:
    zlib.decompressobj().decompress(b"\x78\x9c garbage")
except zlib.error as e:
    print(type(e).__name__, e)
