from collections.abc import MutableMapping, MutableSequence, Set, Iterable, Sized, Container, Reversible, Collection
import collections.abc as cabc

class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._store = {}
        self.update(data, **kw)
    def __getitem__(self, key):
        return self._store[key.lower()][1]
    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._store.values())
    def __len__(self):
        return len(self._store)
    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())})"

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-length"] = "42"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h), list(h))
print(h.get("x", "dflt"), h.pop("Accept"), h.setdefault("Host", "a.b"), sorted(h.keys()))
h.update([("HOST", "c.d")])
print(h.items(), h == {"Content-Type": "text/html", "content-length": "42", "HOST": "c.d"})
try:
    h["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(h.popitem(), len(h))
h.clear()
print(h, isinstance(h, cabc.Mapping), isinstance(h, dict))

class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)
    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v
    def __getitem__(self, i): return self._items[i]
    def __setitem__(self, i, v): self._items[i] = self._check(v)
    def __delitem__(self, i): del self._items[i]
    def __len__(self): return len(self._items)
    def insert(self, i, v): self._items.insert(i, self._check(v))
    def __repr__(self): return f"TypedList[{self.kind.__name__}]({self._items})"

t = TypedList(int, [3, 1, 2])
t.append(5)
t.reverse()
t += [7]
print(t, t.pop(), t.index(3), t.count(1), 2 in t, list(reversed(t)))
t.remove(1)
print(t, t[1:], t[-1])
try:
    t.append("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.remove(99)
except ValueError as e:
    print(type(e).__name__, e)

class Interval(Set):
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __contains__(self, x): return self.lo <= x < self.hi
    def __iter__(self): return iter(range(self.lo, self.hi))
    def __len__(self): return max(0, self.hi - self.lo)
    def __repr__(self): return f"Interval({self.lo}, {self.hi})"
    @classmethod
    def _from_iterable(cls, it):
        return frozenset(it)
a, b = Interval(0, 5), Interval(3, 8)
print(a & b, sorted(a | b), sorted(a - b), sorted(a ^ b), a <= Interval(0, 9), a.isdisjoint(Interval(5, 6)))
print(a == frozenset(range(5)), len(a), 4 in a, 5 in a)
for abc in (Iterable, Sized, Container, Reversible, Collection, cabc.Sequence, cabc.Hashable):
    print(abc.__name__, [isinstance(x, abc) for x in ([], (), "", {}, set(), range(3), iter([]), 5, t, h)])
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
class Half(MutableMapping):
    def __getitem__(self, k): ...
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
