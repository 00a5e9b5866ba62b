import zlib
co = zlib.compressobj()
out = co.compress(b'hello ') + co.compress(b'world') + co.flush()
print(zlib.decompress(out))
do = zlib.decompressobj()
print(do.decompress(out) + do.flush())
