from __future__ import annotations
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3

@dataclass(order=True)
class Task:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    payload: Any = field(default=None, compare=False, repr=False)

class Scheduler:
    def __init__(self) -> None:
        self._heap: list[Task] = []
        self._counter = itertools.count()
        self._removed: set[str] = set()
    def push(self, name: str, priority: Priority = Priority.NORMAL, payload: Any = None) -> Task:
        t = Task(priority, next(self._counter), name, payload)
        heapq.heappush(self._heap, t)
        return t
    def cancel(self, name: str) -> None:
        self._removed.add(name)
    def pop(self) -> Task:
        while self._heap:
            t = heapq.heappop(self._heap)
            if t.name not in self._removed:
                return t
        raise KeyError("pop from an empty scheduler")
    def __len__(self) -> int:
        return sum(1 for t in self._heap if t.name not in self._removed)
    def __bool__(self) -> bool:
        return len(self) > 0

s = Scheduler()
for name, pr in [("backup", Priority.LOW), ("deploy", Priority.HIGH), ("alert", Priority.CRITICAL),
                 ("email", Priority.NORMAL), ("report", Priority.NORMAL), ("cleanup", Priority.LOW),
                 ("hotfix", Priority.CRITICAL)]:
    print("pushed", s.push(name, pr, payload={"n": name}))
s.cancel("email")
print("pending:", len(s))
while s:
    t = s.pop()
    print(f"{t.priority.name:<8} {t.priority!r:<22} #{t.seq} {t.name} {t.payload}")
print(heapq.nsmallest(2, [Task(Priority.LOW, 1, "a"), Task(Priority.HIGH, 2, "b"), Task(Priority.HIGH, 0, "c")]))
print(heapq.nlargest(3, [5, 1, 8, 3, 9], key=lambda x: -x))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0]))
print(merged, list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
h = [5, 3, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 7), h)
print(sorted(Priority), Priority(1), Priority["LOW"], Priority.HIGH < Priority.LOW)
s.pop()
