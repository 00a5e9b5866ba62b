import itertools
import threading

# next() on a shared count is atomic: threads drawing tickets never get the same number.
tickets = itertools.count(1)
drawn = [[] for _ in range(6)]

def draw(mine):
    for _ in range(2000):
        mine.append(next(tickets))

threads = [threading.Thread(target=draw, args=(d,)) for d in drawn]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = [x for d in drawn for x in d]
print(len(everything), len(set(everything)), min(everything), max(everything))
print("each thread's tickets increase:", all(d == sorted(d) for d in drawn))
print(next(tickets), tickets)

# a float step and the bound-method idiom (threading's own name counter)
halves = itertools.count(0.5, 0.5)
take = halves.__next__
out = []
ts = [threading.Thread(target=lambda: out.extend(take() for _ in range(100))) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(out), len(set(out)), max(out), halves)
