# gzip.compress / decompress: round trips, levels, deterministic output with mtime=0, members
import gzip

data = b'The quick brown fox jumps over the lazy dog. ' * 50
for level in (0, 1, 6, 9):
    z = gzip.compress(data, level, mtime=0)
    print(level, z[:10], gzip.decompress(z) == data, len(z) < len(data) or level == 0)
z = gzip.compress(b'', mtime=0)
print(z, gzip.decompress(z))
z = gzip.compress(data, mtime=12345)
print(z[:10], int.from_bytes(z[4:8], 'little'))
print(gzip.decompress(gzip.compress(b'one') + gzip.compress(b'two')))
print(gzip.decompress(gzip.compress(b'pad') + b'\0\0\0\0'))
print(gzip.decompress(bytearray(gzip.compress(b'bytearray'))))
print(gzip.decompress(memoryview(gzip.compress(b'memoryview'))))
