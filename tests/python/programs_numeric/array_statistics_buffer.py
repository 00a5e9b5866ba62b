# Numeric arrays used as buffers: bytes round trips, byteswap, memoryview casts, simple stats.
from array import array
import struct, statistics
a = array('h', [1, -2, 300, -32768, 32767])
b = a.tobytes()
print(b.hex(), array('h', b) == a, struct.unpack('<5h', b))
a2 = array('h', a)
a2.byteswap()
print(a2, a2.tobytes().hex())
d = array('d', [2.5, 3.5, 1.25, 8.0, 4.75])
print(statistics.mean(d), statistics.median(d), statistics.pstdev(d), sum(d) / len(d), max(d), sorted(d))
f = array('f', [1.1, 2.2, 3.3])
print(f, [round(x, 6) for x in f], sum(f), f.tolist() == [1.1, 2.2, 3.3])
u = array('L', [0, 2 ** 32 - 1])
print(u, u.itemsize, array('Q', [2 ** 63]), array('b', b'\x80\x7f'))
counts = array('I', [0] * 10)
for v in (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5):
    counts[v] += 1
print(counts, counts.index(3), counts.count(1), list(enumerate(counts))[:4])
c = array('d', (x * 0.5 for x in range(6)))
c *= 2
print(c, c[::-1], c[::2], len(c))
try:
    c.extend([1, 'x'])
except TypeError as e:
    print(type(e).__name__, e, len(c))
print(array('i', range(5)) < array('i', range(6)), array('d', [1.0]) == array('f', [1.0]), array('i') == array('i'))
