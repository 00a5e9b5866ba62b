# 4 threads append 250,000 items each to one list: list.append is atomic, so exactly 1,000,000
# items arrive, none lost and none twice.
import threading

N, PER = 4, 250_000
shared = []
start = threading.Barrier(N)


def work(k):
    append = shared.append
    base = k * PER
    start.wait()
    for i in range(base, base + PER):
        append(i)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
print(len(set(shared)) == N * PER, sum(shared) == (N * PER - 1) * N * PER // 2)
# Each thread's own items keep their order.
print(all([x for x in shared if x // PER == k] == list(range(k * PER, (k + 1) * PER)) for k in range(N)))
