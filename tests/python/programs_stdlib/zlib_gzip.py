import zlib, gzip, io

data = b"hello hello hello hello world " * 20
c = zlib.compress(data)
print(len(data), len(c) < len(data), zlib.decompress(c) == data)
for level in (0, 1, 6, 9):
    print(level, zlib.decompress(zlib.compress(data, level)) == data)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data)
do = zlib.decompressobj()
out = b""
for i in range(0, len(c), 7):
    out += do.decompress(c[i:i + 7])
out += do.flush()
print(out == data, do.eof, do.unused_data)
do2 = zlib.decompressobj()
print(do2.decompress(c + b"EXTRA") == data, do2.unused_data)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print(type(e).__name__, e)
try:
    zlib.decompress(c[:-5])
except zlib.error as e:
    print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
g = gzip.compress(b"gzip me", mtime=0)
print(g[:4], gzip.decompress(g))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"line1\nline2\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readlines())
buf.seek(0)
with gzip.open(buf, "rt", encoding="utf-8") as f:
    print(repr(f.read()))
try:
    gzip.decompress(b"plain")
except gzip.BadGzipFile as e:
    print(type(e).__name__, e)
print(zlib.decompress(zlib.compress(b"")), len(zlib.compress(b"a" * 1000)) < 30)
co = zlib.compressobj(wbits=31)
gz = co.compress(b"abc") + co.flush()
print(gzip.decompress(gz), zlib.decompress(gz, 47))
