# One list mutated by 4 threads at once. Phase 1 uses operations that conserve elements (append,
# insert, pop, pop(0), sort, reverse): every item ends either popped by exactly one thread or
# still in the list. Phase 2 adds clear, del, slice assignment, extend, remove: only IndexError
# and ValueError (from racing pops and removes) may be raised, and the list stays a list of ints.
import random
import threading

N, PER = 4, 20_000
shared = []
popped = [[] for _ in range(N)]
unexpected = []


def conserve(k):
    rnd = random.Random(k)
    got = popped[k]
    base = k * PER
    for i in range(PER):
        op = rnd.randrange(8)
        try:
            if op < 3:
                shared.append(base + i)
            elif op == 3:
                shared.insert(rnd.randrange(-5, 5), base + i)
            else:
                shared.append(base + i)
                if op == 4:
                    got.append(shared.pop())
                elif op == 5:
                    got.append(shared.pop(0))
                elif op == 6 and i % 500 == 0:
                    shared.sort()
                elif op == 7 and i % 500 == 0:
                    shared.reverse()
        except IndexError:
            pass
        except Exception as e:
            unexpected.append(repr(e))


def chaos(k):
    rnd = random.Random(100 + k)
    for i in range(PER):
        op = rnd.randrange(10)
        try:
            if op == 0:
                shared.append(i)
            elif op == 1:
                shared.extend(range(i % 7))
            elif op == 2:
                del shared[rnd.randrange(-3, 3)]
            elif op == 3:
                shared[1:4] = [i, i, i, i, i]
            elif op == 4:
                del shared[::3]
            elif op == 5:
                shared.remove(i % 7)
            elif op == 6 and i % 200 == 0:
                shared.clear()
            elif op == 7:
                shared.insert(rnd.randrange(-9, 9), i)
            elif op == 8 and i % 100 == 0:
                shared.sort(reverse=bool(k % 2))
            elif op == 9:
                shared[rnd.randrange(-3, 3)] = -i
        except (IndexError, ValueError):
            pass
        except Exception as e:
            unexpected.append(repr(e))


def run(target):
    threads = [threading.Thread(target=target, args=(k,)) for k in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run(conserve)
everything = shared + [x for got in popped for x in got]
expected = set()
for k in range(N):
    rnd = random.Random(k)
    expected.update(k * PER + i for i in range(PER) for _ in [rnd.randrange(8)])
print("phase 1:", len(everything) == len(set(everything)) == N * PER, set(everything) == expected)
run(chaos)
print("phase 2:", all(type(x) is int for x in shared), len(shared) == len(list(iter(shared))),
      sorted(shared) == sorted(shared[:]))
print("unexpected:", len(unexpected), unexpected[:3])
