# memoryview over an array: format, itemsize, casts and writes through to the array.
from array import array
a = array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.cast('B').tolist()[:8], m[1], m[1:3].tolist())
m[0] = 100
print(a, bytes(memoryview(array('H', [1, 258]))))
d = memoryview(array('d', [0.5, 1.5]))
print(d.format, d.tolist(), d.cast('B').nbytes)
