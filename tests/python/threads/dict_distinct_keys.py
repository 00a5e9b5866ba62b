# Concurrent d[k] = v on distinct keys loses none, across many resizes; setdefault on shared keys
# returns one winner's value to everybody.
import threading

N, PER = 4, 60_000
d = {}
start = threading.Barrier(N)
winners = [[] for _ in range(N)]


def work(k):
    start.wait()
    for i in range(PER):
        d[(k, i)] = i * k
    mine = winners[k]
    for i in range(2000):
        mine.append(d.setdefault(('shared', i), k))


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d))
print(all(d[(k, i)] == i * k for k in range(N) for i in range(PER)))
print(all(winners[0][i] == winners[k][i] == d[('shared', i)] for k in range(N) for i in range(2000)))
