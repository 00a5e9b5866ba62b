from __future__ import annotations
import functools
import time
from collections import OrderedDict
from typing import Callable, Generic, Hashable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

class LRU(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key: K, default: V | None = None) -> V | None:
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return default
    def put(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            evicted, _ = self._data.popitem(last=False)
            print(f"  evict {evicted!r}")
    def __repr__(self) -> str:
        return f"LRU({list(self._data.items())}, hits={self.hits}, misses={self.misses})"

def memoize(capacity: int = 3) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        cache: LRU[tuple, R] = LRU(capacity)
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            key = (args, tuple(sorted(kwargs.items())))
            sentinel = object()
            found = cache.get(key, sentinel)
            if found is not sentinel:
                return found
            result = fn(*args, **kwargs)
            cache.put(key, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco

@memoize(capacity=2)
def slow_square(n: int, *, offset: int = 0) -> int:
    print(f"  computing {n}^2+{offset}")
    return n * n + offset

for args, kw in [((2,), {}), ((3,), {}), ((2,), {}), ((4,), {}), ((3,), {}), ((2,), {"offset": 1}), ((2,), {"offset": 1})]:
    print(slow_square(*args, **kw))
print(slow_square.cache, slow_square.__name__, slow_square.__wrapped__.__name__)
try:
    LRU(0)
except ValueError as e:
    print(type(e).__name__, e)

def retry(times: int, exceptions: tuple[type[BaseException], ...] = (Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco

state = {"n": 0}
@retry(3, (ConnectionError,))
def flaky() -> str:
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"try {state['n']}")
    return "connected"
print(flaky())
@retry(2)
def always_fails():
    raise ValueError("nope")
try:
    always_fails()
except RuntimeError as e:
    print(type(e).__name__, e)
@retry(5, (KeyError,))
def wrong_kind():
    raise TypeError("not retried")
try:
    wrong_kind()
except TypeError as e:
    print(type(e).__name__, e)
print(LRU[str, int], memoize.__name__, type(slow_square.cache).__name__)
