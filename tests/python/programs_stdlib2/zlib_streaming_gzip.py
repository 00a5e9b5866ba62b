import gzip
import io
import zlib

text = "\n".join("line %04d: %s" % (i, "abc" * (i % 7)) for i in range(200)).encode()
comp = zlib.compressobj(level=6, memLevel=8, strategy=zlib.Z_DEFAULT_STRATEGY)
parts = []
for i in range(0, len(text), 500):
    parts.append(comp.compress(text[i:i + 500]))
parts.append(comp.flush(zlib.Z_SYNC_FLUSH))
parts.append(comp.flush())
stream = b"".join(parts)
print(len(text), len(stream) < len(text), zlib.decompress(stream) == text)
d = zlib.decompressobj()
out = bytearray()
for i in range(0, len(stream), 64):
    out += d.decompress(stream[i:i + 64], 100)
    while d.unconsumed_tail:
        out += d.decompress(d.unconsumed_tail, 100)
out += d.flush()
print(bytes(out) == text, d.eof)
dict_data = b"common words repeated often"
cz = zlib.compressobj(zdict=dict_data)
withdict = cz.compress(b"common words here") + cz.flush()
dz = zlib.decompressobj(zdict=dict_data)
print(dz.decompress(withdict))
try:
    zlib.decompress(withdict)
except zlib.error as e:
    print("zlib.error", e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
    gz.write(b"gzip payload\n" * 3)
blob = buf.getvalue()
print(blob[:4].hex(), len(blob))
print(gzip.decompress(blob))
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as gz:
    print(gz.readline(), gz.read())
print(gzip.decompress(gzip.compress(b"x" * 1000, compresslevel=1, mtime=0)) == b"x" * 1000)
print(gzip.compress(b"abc", mtime=0).hex())
try:
    gzip.decompress(b"not gzip at all")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(gzip.compress(b"abc", mtime=0)[:-3])
except EOFError as e:
    print("EOFError", e)
print(zlib.crc32(b"a"), zlib.crc32(b"a", 0xffffffff), zlib.adler32(b"abc" * 1000))
print(zlib.compress(b"hello", wbits=-9)[:4] if True else "", zlib.decompress(zlib.compress(b"hello", wbits=-9), wbits=-9))
print(len(zlib.compress(b"z" * 10000)), zlib.ZLIB_VERSION[:2] if hasattr(zlib, "ZLIB_VERSION") else "")
co = zlib.compressobj()
print(co.compress(b"once") + co.flush() == zlib.compress(b"once"))
