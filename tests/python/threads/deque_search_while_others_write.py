# `x in d`, d.count(x) and d.remove(x) compare plain values (ints here), which cannot change the
# deque: when other threads change it meanwhile, the search starts again instead of raising
# "deque mutated during iteration" (CPython raises that only for a change made by a comparison).
import threading
from collections import deque

shared = deque()
problems = []


def worker(k):
    for _ in range(5):
        for v in range(k * 50, (k + 1) * 50):
            shared.append(v)
            shared.extend([v, v])
            try:
                if v not in shared or shared.count(v) < 1:
                    problems.append(("missing", v))
                shared.remove(v)
                shared.remove(v)
                shared.remove(v)
            except (RuntimeError, IndexError, ValueError) as e:
                problems.append((type(e).__name__, str(e)))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("problems:", problems[:5], len(problems))
print("left:", len(shared))
