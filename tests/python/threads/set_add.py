# Concurrent set.add of distinct elements loses none; of shared elements keeps one of each;
# discard of distinct elements leaves exactly the others.
import threading

N, PER = 4, 60_000
s = set()
start = threading.Barrier(N)


def work(k):
    start.wait()
    for i in range(PER):
        s.add(k * PER + i)
        s.add(-(i % 1000) - 1)
    for i in range(0, PER, 2):
        s.discard(k * PER + i)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(s))
print(s == {x for x in range(N * PER) if x % 2} | set(range(-1000, 0)))
