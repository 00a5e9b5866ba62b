from __future__ import annotations
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, Generic, Iterator, Optional, runtime_checkable, Hashable
import itertools

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

@runtime_checkable
class HasId(Protocol):
    id: int

class Repository(Protocol[K, V]):
    def get(self, key: K) -> Optional[V]: ...
    def put(self, key: K, value: V) -> None: ...
    def __iter__(self) -> Iterator[V]: ...

@dataclass
class MemoryRepo(Generic[K, V]):
    data: dict[K, V] = field(default_factory=dict)
    def get(self, key: K) -> Optional[V]:
        return self.data.get(key)
    def put(self, key: K, value: V) -> None:
        self.data[key] = value
    def __iter__(self) -> Iterator[V]:
        return iter(self.data.values())
    def __len__(self) -> int:
        return len(self.data)

@dataclass
class User:
    id: int
    name: str
    email: str | None = None

_ids = itertools.count(1)
def new_user(name: str, email: str | None = None) -> User:
    return User(next(_ids), name, email)

repo: Repository[int, User] = MemoryRepo()
for n, e in [("ann", "ann@x.org"), ("bo", None), ("cy", "cy@y.net")]:
    u = new_user(n, e)
    repo.put(u.id, u)
print(list(repo))
print(repo.get(2), repo.get(99))
print(isinstance(repo.get(1), HasId), isinstance("x", HasId), len(repo))
print(MemoryRepo[int, User], Repository[str, int], Repository.__parameters__)
emails = {u.name: u.email or "<none>" for u in repo}
print(emails)
class Missing:
    pass
print([isinstance(x, HasId) for x in (User(5, "q"), Missing(), type("T", (), {"id": 3})())])
try:
    Repository()
except TypeError as e:
    print(type(e).__name__, e)
try:
    MemoryRepo[int]
except TypeError as e:
    print(type(e).__name__, e)
print(MemoryRepo.__orig_bases__ if hasattr(MemoryRepo, "__orig_bases__") else None)
print(Repository.__mro__[1:3])
