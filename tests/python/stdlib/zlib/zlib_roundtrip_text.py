import zlib
text = ('The quick brown fox jumps over the lazy dog. ' * 50).encode()
for level in range(0, 10, 3):
    c = zlib.compress(text, level)
    print(level, zlib.decompress(c) == text, zlib.crc32(zlib.decompress(c)))
