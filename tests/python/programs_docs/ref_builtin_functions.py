# Built-in functions page: property example class, iter with a sentinel, super, vars, zip strict, max/min defaults, type(), slices.
import functools
class C:
    def __init__(self):
        self._x = None
    def getx(self):
        return self._x
    def setx(self, value):
        self._x = value
    def delx(self):
        del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.x.fget.__name__)
del c.x
try:
    c.x
except AttributeError as e:
    print('AttributeError:', e)
class Parrot:
    def __init__(self):
        self._voltage = 100000
    @property
    def voltage(self):
        """Get the current voltage."""
        return self._voltage
print(Parrot().voltage, Parrot.voltage.__doc__)
try:
    Parrot().voltage = 1
except AttributeError as e:
    print('AttributeError:', e)
blocks = iter(['abc', 'def', '', 'ghi'])
print(list(iter(functools.partial(next, blocks), '')))
counter = iter(range(10)).__next__
print(list(iter(lambda: counter(), 4)))
class Mammal:
    def speak(self):
        return 'generic'
class Dog(Mammal):
    def speak(self):
        return 'woof and ' + super().speak()
    def explicit(self):
        return super(Dog, self).speak()
print(Dog().speak(), Dog().explicit(), super(Dog, Dog()).speak())
print(list(zip(range(3), ['fee', 'fi', 'fo', 'fum'])), list(zip(*[(1, 'a'), (2, 'b')])), list(zip()))
try:
    list(zip(('a', 'b', 'c'), (1, 2), strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip((1,), (1, 2), strict=True))
except ValueError as e:
    print('ValueError:', e)
print(max([], default='empty'), min([3, 1, 2], key=lambda x: -x), max('apple', 'pear', key=len), max(1, 2, 3), min('bca'))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    max()
except TypeError as e:
    print('TypeError:', e)
X = type('X', (), dict(a=1))
print(X, X.a, type(3), type(type), type(X()).__name__)
print(list(range(10))[slice(2, 8, 3)], slice(1, 5).indices(3), slice(None, None, -1).indices(4), repr(slice(1, None)))
print(abs(-3), abs(-2.5), abs(3 + 4j), all([]), any([[]]), ascii('é\n'), bin(10), bin(-10), oct(8), hex(255), hex(-1))
print(callable(len), callable(3), chr(8364), ord('€'), divmod(-7, 2), list(enumerate('ab', start=1)), format(14, '#b'))
print(isinstance(3, int | str), isinstance(3, (str, (float, int))), issubclass(bool, (str, int)), len(range(0, 10, 3)))
print(next(iter([]), 'default'), pow(3, 4, 5), list(reversed((1, 2, 3))), round(2.675, 2), sum([[1], [2]], []), sum(range(5), 10))
print(sum([0.1] * 10), sorted('Hello', key=str.lower), repr('q'), str(b'x', 'ascii'), vars(X)['a'], hasattr(X, 'a'), getattr(X, 'b', None))
print(eval('x + 1', {'x': 41}), eval('y', {}, {'y': 'local'}), exec('z = 3', ns := {}) or ns['z'], compile('1 + 1', '<s>', 'eval').co_filename)
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, '', 'a'])), frozenset('aab') == {'a', 'b'}, bool(), int(), float(), str(), tuple())
print(complex('1+2j'), complex(1, 2), float(' -1.5e3 '), float('-inf'), int('-0'), isinstance(True, int), object().__class__.__name__)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
print(__import__('math').sqrt(16), globals()['__name__'], sorted(k for k in locals() if k == 'C'), id(c) == id(c), hash('a') == hash('a'))
