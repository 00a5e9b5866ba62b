from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, Hashable, Sized, Container, Callable, Generator, Collection, Reversible)
import collections.abc as cabc
from abc import ABC, abstractmethod, ABCMeta

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(isinstance(c, Iterable), isinstance(c, Iterator), isinstance(c, Sized), list(c))

class MyList(Sequence):
    def __init__(self, *items):
        self._items = items
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)

ml = MyList(3, 1, 4, 1)
print(len(ml), ml[1], list(ml), list(reversed(ml)), 4 in ml, ml.index(1), ml.count(1))
print(isinstance(ml, Reversible), isinstance(ml, Collection), isinstance(ml, MutableSequence))
try:
    ml.index(9)
except ValueError as e:
    print(type(e).__name__, e)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
r["Alpha"] = 1
r.update(BETA=2, gamma=3)
print(dict(r), r.get("ALPHA"), r.pop("beta"), r.setdefault("delta", 4), sorted(r.keys()))
print(list(r.items()), "GAMMA" in r, r == {"alpha": 1, "gamma": 3, "delta": 4})
print(r.popitem(), len(r))
r.clear()
print(len(r))

class Broken(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)

class Animal(ABC):
    @abstractmethod
    def speak(self): ...
    @property
    @abstractmethod
    def legs(self): ...

class Dog(Animal):
    def speak(self):
        return "woof"
    @property
    def legs(self):
        return 4

try:
    Animal()
except TypeError as e:
    print(type(e).__name__, e)
print(Dog().speak(), Dog().legs)
print(Animal.__abstractmethods__ == frozenset({"speak", "legs"}))

class Duck:
    def speak(self):
        return "quack"
Animal.register(Duck)
print(isinstance(Duck(), Animal), issubclass(Duck, Animal), Duck.__mro__)

@Iterable.register
class Weird:
    pass
print(isinstance(Weird(), Iterable))

class IntSet(Set):
    def __init__(self, it):
        self._s = sorted(set(it))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def __repr__(self):
        return f"IntSet({self._s})"

a, b = IntSet([1, 2, 3]), IntSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= IntSet([1, 2, 3, 5]), a.isdisjoint(IntSet([9])))
print(isinstance(len, Callable), isinstance((x for x in []), Generator), isinstance([], Hashable))
print(isinstance({}, Mapping), isinstance({}.keys(), Set), isinstance({}.values(), cabc.ValuesView), isinstance("", Container))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(str, Sequence), issubclass(bytes, cabc.ByteString))
print(issubclass(dict, Hashable), issubclass(frozenset, Hashable), issubclass(range, Sequence))
print(type(Animal) is ABCMeta, Iterable.__name__, cabc.Awaitable.__module__)
