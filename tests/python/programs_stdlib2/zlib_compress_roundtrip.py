import zlib

data = b"hello hello hello hello, weft! " * 20
for level in (0, 1, 6, 9, -1):
    comp = zlib.compress(data, level)
    print(level, len(comp), zlib.decompress(comp) == data)
print(zlib.compress(b"abc"))
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")))
print(zlib.crc32(b"hello"), zlib.crc32(b""), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"x", 100))
print(hex(zlib.crc32(b"The quick brown fox jumps over the lazy dog")))

co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(len(raw), zlib.decompress(raw, -15) == data)
gz = zlib.compressobj(wbits=31)
gzdata = gz.compress(b"gzip body") + gz.flush()
print(gzdata[:3], zlib.decompress(gzdata, 31), zlib.decompress(gzdata, 47))
do = zlib.decompressobj()
comp = zlib.compress(data)
out = b""
for i in range(0, len(comp), 7):
    out += do.decompress(comp[i:i + 7])
out += do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do2 = zlib.decompressobj()
print(do2.decompress(comp + b"TRAILER") == data, do2.unused_data, do2.eof)
do3 = zlib.decompressobj()
part = do3.decompress(comp, 10)
print(len(part), len(do3.unconsumed_tail) > 0)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_SYNC_FLUSH)
for bad in (b"not compressed", comp[:10], b""):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error", e)
try:
    zlib.compress(data, 12)
except zlib.error as e:
    print("error", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError", e)
c2 = zlib.compressobj()
c2.compress(b"abc")
c2.flush()
try:
    c2.compress(b"more")
except (zlib.error, ValueError) as e:
    print(type(e).__name__, e)
print(zlib.decompress(zlib.compress(bytearray(b"ba"))), zlib.crc32(memoryview(b"mv")))
