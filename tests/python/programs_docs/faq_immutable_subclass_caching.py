# Programming FAQ: subclassing immutable types with __new__, static class data, caching method calls, delegation, overloading.
from datetime import date
from functools import lru_cache, cached_property
class FirstOfMonthDate(date):
    "Always choose the first day of the month"
    def __new__(cls, year, month, day):
        return super().__new__(cls, year, month, 1)
class NamedInt(int):
    "Map some special numbers to names"
    def __new__(cls, value):
        value = {'zero': 0, 'one': 1, 'two': 2, 'three': 3}.get(value, value)
        return super().__new__(cls, value)
class TitleStr(str):
    "Convert str to name suitable for a URL path"
    def __new__(cls, s):
        s = s.lower().replace(' ', '-')
        s = ''.join([c for c in s if c.isalnum() or c == '-'])
        return super().__new__(cls, s)
print(FirstOfMonthDate(2012, 2, 14), NamedInt('ten') if False else NamedInt('three'), NamedInt(20), TitleStr('Blog: Why Python Rocks'))
print(type(FirstOfMonthDate(2012, 2, 14) + __import__('datetime').timedelta(1)).__name__, NamedInt('two') + 1, type(NamedInt('two') + 1).__name__)
class C:
    count = 0
    def __init__(self):
        C.count = C.count + 1
    def getcount(self):
        return C.count
C(); C(); c = C()
print(c.getcount(), C.count)
c.count = 99
print(C.count, c.count)
class Weather:
    "Lookup weather information on a government website"
    def __init__(self, station_id):
        self._station_id = station_id
        self.calls = 0
    @lru_cache(maxsize=None)
    def humidity(self, date):
        self.calls += 1
        return (self._station_id * 7 + len(date)) % 100
    def __hash__(self):
        return hash(self._station_id)
    def __eq__(self, other):
        return self._station_id == other._station_id
    @cached_property
    def location(self):
        self.calls += 1
        return f'station-{self._station_id}'
w = Weather(12)
print(w.humidity('2024-01-01'), w.humidity('2024-01-01'), w.location, w.location, w.calls, Weather.humidity.cache_info().hits)
class UpperOut:
    def __init__(self, outfile):
        self._outfile = outfile
    def write(self, s):
        self._outfile.write(s.upper())
    def __getattr__(self, name):
        return getattr(self._outfile, name)
import io
buf = io.StringIO()
u = UpperOut(buf)
u.write('delegated text\n')
print(repr(u.getvalue()), u.closed)
class Base:
    def meth(self):
        return 'Base.meth'
class Derived(Base):
    def meth(self):
        return 'Derived then ' + super().meth()
print(Derived().meth())
class Overload:
    def __init__(self, *args):
        self.kind = {0: 'empty', 1: 'single'}.get(len(args), 'many')
print([Overload(*a).kind for a in [(), (1,), (1, 2)]])
class MyClass:
    def __init__(self, a=None):
        self.a = a if a is not None else []
o1, o2 = MyClass(), MyClass()
o1.a.append(1)
print(o2.a, o1.a)
print(isinstance(True, int), type(True) is int, [cls.__name__ for cls in bool.__mro__])
def search(obj):
    if isinstance(obj, (int, float)):
        return 'number'
    elif isinstance(obj, str):
        return 'string'
    return 'other'
print([search(v) for v in (1, 2.5, 'x', [])])
class A: pass
class B(A): pass
print(B.__bases__, A.__subclasses__(), issubclass(B, A), isinstance(B(), A))
