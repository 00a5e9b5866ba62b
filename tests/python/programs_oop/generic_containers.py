from typing import Generic, TypeVar, Optional, Iterator, Callable, List, Dict
from dataclasses import dataclass, field

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

@dataclass
class Entry(Generic[K, V]):
    key: K
    value: V
    hits: int = 0

class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data: Dict[K, Entry[K, V]] = {}

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        e = self._data.pop(key, None)
        if e is None:
            return default
        e.hits += 1
        self._data[key] = e
        return e.value

    def put(self, key: K, value: V) -> Optional[K]:
        evicted = None
        if key in self._data:
            del self._data[key]
        elif len(self._data) >= self.capacity:
            evicted = next(iter(self._data))
            del self._data[evicted]
        self._data[key] = Entry(key, value)
        return evicted

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k!r}: {e.value!r}" for k, e in self._data.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"

c: LRUCache[str, int] = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, c.get("a"), c.get("zz", -1))
print("evicted", c.put("d", 4), c, list(c), len(c))
print("evicted", c.put("a", 10), c)
print(c._data["a"], LRUCache[str, int], LRUCache.__parameters__)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)

class Pipeline(Generic[T]):
    def __init__(self, steps: Optional[List[Callable[[T], T]]] = None):
        self.steps = steps or []
    def then(self, fn: Callable[[T], T]) -> "Pipeline[T]":
        return Pipeline(self.steps + [fn])
    def __call__(self, x: T) -> T:
        for s in self.steps:
            x = s(x)
        return x
    def __or__(self, fn):
        return self.then(fn)

p = Pipeline[int]().then(lambda x: x + 1) | (lambda x: x * 10) | abs
print(p(4), p(-7), len(p.steps), Pipeline.__orig_bases__ if hasattr(Pipeline, "__orig_bases__") else None)
sp = Pipeline[str]() | str.strip | str.title
print(repr(sp("  hello world ")))
print(Pipeline[int].__origin__ is Pipeline, Entry[str, int], Entry.__parameters__)
e: Entry[str, List[int]] = Entry("k", [1, 2])
print(e, Entry.__annotations__)
