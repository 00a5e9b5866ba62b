# array of numbers: typecodes, arithmetic-ish operations, conversion, errors.
from array import array
a = array('i', [1, 2, 3])
print(a, repr(a), a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a))
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.remove(3); x = a.pop(); print(a, x, a.index(4), a.count(2))
a.reverse(); print(a, a * 2, a + array('i', [9]), 4 in a, sum(a), max(a), sorted(a))
d = array('d', [1.5, 2.25, -0.1])
print(d, d.tolist(), d.tobytes().hex(), array('d', d.tobytes()) == d, d.itemsize)
f = array('f', [0.1, 1 / 3])
print(f, f[0], f.tolist())
b = array('b', [-128, 0, 127])
B = array('B', range(5))
print(b, B, B.tobytes(), array('H', [65535]), array('q', [-2 ** 63]), array('Q', [2 ** 64 - 1]), array('u', 'héllo') if True else '')
for bad in [lambda: array('b', [128]), lambda: array('B', [-1]), lambda: array('i', [1.5]), lambda: array('z'), lambda: array('i').pop(), lambda: array('i', [1]).index(5), lambda: array('i', [1]) + array('d', [1.0]), lambda: array('d', ['x']), lambda: array('h', [40000]), lambda: array('I', [-1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
c = array('l', [5, 3, 8])
c[1] = 10
c[0:2] = array('l', [7, 7, 7])
print(c, c == array('l', [7, 7, 7, 8]), c < array('l', [8]), array('i', [1, 2]) == [1, 2])
e = array('d')
e.frombytes(bytes(16))
e.fromlist([3.0])
print(e, array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), array('d', range(3)))
del c[1]
print(c, c.buffer_info()[1], array('B', b'abc').tobytes().decode())
