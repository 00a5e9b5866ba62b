import zlib
data = b'a' * 1000 + b'b' * 1000
c = zlib.compress(data)
print(len(c) < 100, zlib.decompress(c) == data, zlib.compress(b'hello'), zlib.decompress(zlib.compress(b'hello', 9)))
print(zlib.decompress(zlib.compress(b'', 0)), zlib.compress(b'abc', 1))
