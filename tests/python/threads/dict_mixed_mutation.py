# One dict mutated by 4 threads at once. Phase 1: each key is inserted once and popped by at most
# one thread (pop, popitem, del), so every key ends popped exactly once or still present. Phase 2
# adds update, clear, setdefault and iteration: only KeyError (racing pops) and RuntimeError
# (iteration during a change) may be raised, and the dict stays consistent.
import random
import threading

N, PER = 4, 20_000
d = {}
popped = [[] for _ in range(N)]
unexpected = []


def conserve(k):
    rnd = random.Random(k)
    got = popped[k]
    for i in range(PER):
        key = (k, i)
        d[key] = i
        op = rnd.randrange(6)
        try:
            if op == 0:
                got.append((key, d.pop(key)))
            elif op == 1:
                other = (rnd.randrange(N), rnd.randrange(i + 1))
                v = d.pop(other, None)
                if v is not None:
                    got.append((other, v))
            elif op == 2 and i % 10 == 0:
                got.append(d.popitem())
            elif op == 3:
                other = ((k + 1) % N, i)
                v = d[other]
                del d[other]
                got.append((other, v))
        except KeyError:
            pass
        except Exception as e:
            unexpected.append(repr(e))


def chaos(k):
    rnd = random.Random(100 + k)
    for i in range(PER):
        op = rnd.randrange(8)
        try:
            if op == 0:
                d[rnd.randrange(5000)] = i
            elif op == 1:
                d.update({rnd.randrange(5000): -i for _ in range(5)})
            elif op == 2 and i % 500 == 0:
                d.clear()
            elif op == 3:
                d.setdefault(rnd.randrange(5000), i)
            elif op == 4:
                del d[rnd.randrange(5000)]
            elif op == 5:
                d.pop(rnd.randrange(5000))
            elif op == 6 and i % 100 == 0:
                for key in d:
                    pass
            elif op == 7:
                d.popitem()
        except KeyError:
            pass
        except RuntimeError as e:
            if str(e) not in ("dictionary changed size during iteration",
                              "dictionary keys changed during iteration"):
                unexpected.append(repr(e))
        except Exception as e:
            unexpected.append(repr(e))


def run(target):
    threads = [threading.Thread(target=target, args=(k,)) for k in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run(conserve)
pairs = list(d.items()) + [p for got in popped for p in got]
keys = [key for key, v in pairs]
print("phase 1:", len(keys) == len(set(keys)) == N * PER, all(key[1] == v for key, v in pairs))
run(chaos)
items = list(d.items())
print("phase 2:", len(items) == len(d) == len(set(d)), all(d[key] == v for key, v in items),
      all(type(key) is int and type(v) is int for key, v in items))
print("unexpected:", len(unexpected), unexpected[:3])
