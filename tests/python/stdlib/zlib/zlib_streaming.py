# streaming objects: chunked input, max_length and unconsumed_tail, unused_data, flush modes, raw and gzip wbits
import zlib

data = bytes(range(256)) * 200
co = zlib.compressobj(9, zlib.DEFLATED, -15)
z = co.compress(data[:1000]) + co.flush(zlib.Z_SYNC_FLUSH)
print(z[-4:])
z += co.compress(data[1000:]) + co.flush()
do = zlib.decompressobj(-15)
out = b''.join(do.decompress(z[i:i + 50]) for i in range(0, len(z), 50))
print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj()
zz = zlib.compress(data)
first = do.decompress(zz, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
got = first
while do.unconsumed_tail:
    got += do.decompress(do.unconsumed_tail, 5000)
print(got == data, do.eof)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc') + b'extra'), do.unused_data, do.eof)
print(do.decompress(b'more'), do.unused_data)
print(zlib.decompress(zlib.compress(b'trailing') + b'junk'))
for wbits in (31, 47):
    gz = zlib.compress(b'gzip framed', 6, 31)
    print(gz[:4], zlib.decompress(gz, wbits))
print(zlib.compress(b'abc', 9, 31)[:10], zlib.compress(b'abc', 1, 31)[:10])
d = zlib.decompressobj(31)
print(d.decompress(gz[:5]), d.decompress(gz[5:]), d.eof)
for bad in (b'xx', zlib.compress(b'abc', 6, 31)[:-1] + b'\x01'):
    try:
        zlib.decompress(bad, 31)
    except zlib.error as e:
        print(e)
for call in (lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99),
             lambda: zlib.decompress(b'x', 99), lambda: zlib.decompress(zz[:-2]),
             lambda: zlib.decompressobj().decompress(b'x', -1)):
    try:
        call()
    except (ValueError, zlib.error) as e:
        print(type(e).__name__, e)
zdict = b'common words that repeat'
c = zlib.compressobj(zdict=zdict)
zd = c.compress(b'common words that repeat often') + c.flush()
print(zlib.decompressobj(zdict=zdict).decompress(zd))
