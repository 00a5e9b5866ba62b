# Built-in types: memoryview examples from the documentation (slicing, cast, tolist, release, nbytes, readonly).
import array
v = memoryview(b'abcefg')
print(v[1], v[-1], type(v[1:4]).__name__, bytes(v[1:4]), v[1:4].tobytes())
a = array.array('l', [-11111111, 22222222, -33333333, 44444444])
m = memoryview(a)
print(m[0], m[-1], m[::2].tolist(), m.format, m.itemsize, len(m), m.nbytes == len(m) * m.itemsize, m.ndim, m.shape)
data = bytearray(b'abcefg')
v = memoryview(data)
print(v.readonly)
v[0] = ord(b'z')
print(data)
v[1:4] = b'123'
print(data)
try:
    v[2:3] = b'spam'
except ValueError as e:
    print('ValueError:', e)
v[2:6] = b'spam'
print(data)
v = memoryview(b'abcefg')
print(hash(v) == hash(b'abcefg'), hash(v[2:4]) == hash(b'ce'), hash(v[::-2]) == hash(b'abcefg'[::-2]))
print(v == b'abcefg', v.tolist(), v.hex(), v.obj == b'abcefg', v.contiguous, v.c_contiguous, v.strides, v.suboffsets)
m = memoryview(bytearray(b'abc'))
x = m.cast('B')
print(x.tolist(), memoryview(b'abc').toreadonly().readonly)
buf = bytearray(b'\x00' * 12)
x = memoryview(buf)
y = x.cast('i', shape=[1, 3]) if False else x.cast('i')
y[0] = 1
y[1] = -2
print(y.tolist(), y.format, y.nbytes, len(y), buf[:8] if __import__('sys').byteorder == 'little' else 'big')
z = x.cast('B', shape=[3, 4])
print(z.tolist(), z.shape, z.ndim, z.strides)
print(memoryview(b'ab').tolist(), memoryview(array.array('d', [1.5, 2.5])).tolist())
with memoryview(b'abc') as mv:
    print(mv[0])
try:
    mv[0]
except ValueError as e:
    print('ValueError:', e)
try:
    memoryview(b'x')[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview(b'abc').cast('i')
except TypeError as e:
    print('TypeError:', e)
m = memoryview(bytearray(range(8)))
print(m[2:6].tobytes(), m[2:6].tolist(), bytes(m[::-1]), m[::3].tobytes(), list(m[:2]))
