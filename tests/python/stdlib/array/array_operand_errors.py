# array's own messages: concatenation and += with a non-array, bad subscripts, tp_name 'array.array'; struct 'f' of a huge int.
import array, struct
a = array.array('h', [1])
class R:
    def __radd__(self, o):
        return 'radd'
for f in [lambda: a + [3], lambda: [3] + a, lambda: a.__iadd__([3]), lambda: a + array.array('d'), lambda: a * 'x', lambda: a < [1], lambda: len(a) + a, lambda: a(), lambda: a['x'], lambda: a + R(), lambda: a + 1, lambda: struct.pack('<f', 10 ** 400), lambda: struct.pack('<d', 'x'), lambda: struct.pack('<e', None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = array.array('i', [1])
try:
    b += [2]
except TypeError as e:
    print(type(e).__name__, e, b)
a = array.array('h', [1, 2])
for f in [lambda: a['x'], lambda: a.__setitem__('x', 1), lambda: a.__delitem__('x'), lambda: a[1.5], lambda: a[5], lambda: a.__setitem__(5, 1), lambda: a.__delitem__(5), lambda: a[True], lambda: a[-1]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
