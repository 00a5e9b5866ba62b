import zlib
print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello')), zlib.crc32(b'helloworld'), zlib.crc32(b''))
print(zlib.adler32(b'abc'), zlib.adler32(b'c', zlib.adler32(b'ab')), zlib.adler32(b''), zlib.adler32(b'x' * 10000))
