# Flag pseudo-members are cached on first use; threads racing to build the
# same combination must all end up with the one canonical member.
import threading
from enum import IntFlag, Enum


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(Enum):
    RED = 1
    GREEN = 2


results = [None] * 8


def work(i):
    seen = []
    for n in range(200):
        v = (n + i) % 64
        seen.append(Perm(v))
        assert Color(1 + n % 2) is (Color.RED if n % 2 == 0 else Color.GREEN)
    results[i] = seen


threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

canonical = {}
consistent = True
for seen in results:
    for m in seen:
        first = canonical.setdefault(m.value, m)
        if first is not m:
            consistent = False
print(len(canonical), consistent)
print(repr(Perm(63)), repr(Perm(6)), str(Perm(5)))
print(sorted(canonical)[:5])
