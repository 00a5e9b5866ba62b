# collections.defaultdict and namedtuple: the documented examples.
from collections import defaultdict, namedtuple
import itertools
s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(sorted(d.items()))
d = {}
for k, v in s:
    d.setdefault(k, []).append(v)
print(sorted(d.items()))
s = 'mississippi'
d = defaultdict(int)
for k in s:
    d[k] += 1
print(sorted(d.items()))
def constant_factory(value):
    return lambda: value
d = defaultdict(constant_factory('<missing>'))
d.update(name='John', action='ran')
print('%(name)s %(action)s to %(object)s' % d)
s = [('red', 1), ('blue', 2), ('red', 3), ('blue', 4), ('red', 1), ('blue', 4)]
d = defaultdict(set)
for k, v in s:
    d[k].add(v)
print(sorted(d.items()))
print(repr(defaultdict(list, a=[1])), defaultdict(None).default_factory)
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError:', e)

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p[0] + p[1], p)
x, y = p
print(x, y, p.x + p.y)
print(Point._make([11, 22]), p._asdict(), p._replace(x=33), Point._fields)
Color = namedtuple('Color', 'red green blue')
Pixel = namedtuple('Pixel', Point._fields + Color._fields)
print(Pixel(11, 22, 128, 255, 0))
print(getattr(p, 'x'), Point(**{'x': 11, 'y': 22}))
Account = namedtuple('Account', ['type', 'balance'], defaults=[0])
print(Account._field_defaults, Account('premium'))
class Point2(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
for p in Point2(3, 4), Point2(14, 5/7):
    print(p)
Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3), Point3D.__doc__)
Book = namedtuple('Book', ['id', 'title', 'authors'])
Book.__doc__ += ': Hardcover book in active collection'
Book.id.__doc__ = '13-digit ISBN'
print(Book.__doc__, '|', Book.id.__doc__)
print(namedtuple('Row', 'a def class _x', rename=True)._fields)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError:', e)
