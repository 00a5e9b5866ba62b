from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Hashable, Sized, Container, Callable, Iterator, Generator

class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
h = CaseInsensitive({"Content-Type": "text/html"})
h["X-Count"] = 3
print(h, h["CONTENT-TYPE"], "x-count" in h, len(h), list(h), h.get("nope", 0), dict(h))
try:
    h["missing"]
except KeyError as e:
    print(type(e).__name__, e)
class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
dd = Defaulting(a=1)
print(dd["a"], dd["b"], "b" in dd, dd.get("b"))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], type(s + [4]).__name__, s * 2, s.pop(), len(s), s == [1, 2])
class Upper(UserString):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u + "x", u[1], u.split("e"), len(u), "e" in u)
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r["x"] = 1
r.update(y=2, z=3)
print(dict(r), r.pop("x"), r.setdefault("w", 9), sorted(r.keys()), list(r.values()), r.popitem(), "y" in r, r.get("q"))
print(r == {"z": 3, "w": 9}, isinstance(r, Mapping), isinstance({}, MutableMapping), isinstance((), Sequence))
try:
    class Half(Mapping):
        def __getitem__(self, k):
            return 1
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], Hashable), isinstance("", Iterable), isinstance(3, Sized), isinstance(len, Callable), isinstance(iter([]), Iterator))
print(isinstance((x for x in []), Generator), issubclass(dict, Container), issubclass(str, Sequence), isinstance(range(3), Sequence))
class Evens(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return 2 * i
e = Evens(5)
print(list(e), e.index(4), e.count(2), 6 in e, list(reversed(e)), e[4])
try:
    e.index(3)
except ValueError as e2:
    print(type(e2).__name__, e2)
print(UserDict(a=1) | {"b": 2}, UserList([3, 1, 2]).sort() or "sorted", sorted(UserList([3, 1, 2])))
print(repr(UserDict()), repr(UserList()), UserDict({"k": [1]}).copy())
Half()
