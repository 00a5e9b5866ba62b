# Threads that remove items from one shared list shift the others' items left while they are
# searched for: `x in lst` and lst.remove(x) must still find an x that is in the list all the
# time (only a consistent view may say "not there").
import threading

shared = []
problems = []
N_THREADS, SPAN, ROUNDS = 4, 40, 6


def worker(k):
    mine = range(k * SPAN, (k + 1) * SPAN)
    for _ in range(ROUNDS):
        for v in mine:
            shared.append(v)
            shared.extend([v, v])
            if v not in shared:
                problems.append(("in", v))
            try:
                shared.remove(v)
                shared.remove(v)
            except ValueError:
                problems.append(("remove", v))
        for v in mine:
            try:
                shared.remove(v)
            except ValueError:
                problems.append(("final remove", v))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("problems:", problems)
print("left over:", sorted(shared))
try:
    shared.remove(0)
except ValueError as e:
    print("ValueError:", e)
print(5 in [1, 5], 7 in [1, 5])
