import zlib
for bad in [b'not compressed', zlib.compress(b'hello world')[:5]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('error', str(e).split(':')[0])
print(issubclass(zlib.error, Exception), zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)
