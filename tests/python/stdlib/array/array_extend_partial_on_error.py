# extend appends item by item, so a bad item keeps the ones before it; fromlist is all or nothing.
from array import array
a = array('d', [0.5])
try:
    a.extend([1, 2.5, 'x', 4])
except TypeError as e:
    print(type(e).__name__, e, a)
b = array('i', [1])
try:
    b.fromlist([2, 'x'])
except TypeError as e:
    print(type(e).__name__, e, b)
c = array('b', [1])
try:
    c.extend(iter([5, 6, 300, 7]))
except OverflowError as e:
    print(type(e).__name__, e, c)
