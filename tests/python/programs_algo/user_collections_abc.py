from collections import UserDict, UserList, UserString
from collections.abc import Sequence, MutableMapping, Set, Iterable, Iterator, Hashable, Sized, Container, Mapping

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld["a"], "b" in ld, "B" in ld, len(ld), list(ld.items()), ld.get("A"))
print(repr(ld), ld.data, isinstance(ld, MutableMapping))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s[-1], s[:2], type(s[:2]).__name__, s + [4], type(s + [4]).__name__, len(s), s * 2)
s.sort(reverse=True)
print(s, s.pop(), s, s.index(2), 2 in s)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hey")
print(u.shout(), type(u.upper()).__name__, u + "x", u[::-1], u == "hey", len(u), u.split("e"))
class Range3(Sequence):
    def __init__(self, *items):
        self._items = items
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)
r = Range3("a", "b", "c", "b")
print(list(r), r.index("b"), r.count("b"), "c" in r, list(reversed(r)), isinstance(r, Iterable))
class Bag(MutableMapping):
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
b = Bag()
b.update(x=1, y=2)
b.setdefault("z", 3)
print(dict(b), b.pop("x"), b.popitem(), list(b.keys()), list(b.values()), b.get("q", 0), "y" in b)
print(b == {"y": 2} or b == {"z": 3}, isinstance(b, Mapping))
try:
    Bag().popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
class Evens(Set):
    def __init__(self, it):
        self._s = {x for x in it if x % 2 == 0}
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
e = Evens(range(10))
print(list(e), 4 in e, list(e & {2, 3, 4}), sorted(e | {1}), e <= set(range(10)), e.isdisjoint({1, 3}))
try:
    class Incomplete(Sequence):
        pass
    Incomplete()
except TypeError as ex:
    print(type(ex).__name__, ex)
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(iter([]), Iterator), isinstance({}, Sized), isinstance("", Container))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(set, Set), issubclass(str, Sequence), issubclass(bytes, MutableMapping))
