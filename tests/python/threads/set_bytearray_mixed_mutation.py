# A set and a bytearray mutated by 4 threads at once. The set: add, pop, remove (KeyError when
# another thread took the element first) and discard: every element added ends taken by exactly
# one thread or still in the set. The bytearray: append, extend, pop, insert, del, slice assignment, clear,
# reverse. Only KeyError/IndexError may be raised; the containers stay consistent.
import random
import threading

N, PER = 4, 20_000
s = set()
buf = bytearray()
popped = [[] for _ in range(N)]
unexpected = []


def mutate_set(k):
    rnd = random.Random(k)
    got = popped[k]
    for i in range(PER):
        s.add((k, i))
        op = rnd.randrange(6)
        try:
            if op == 0:
                got.append(s.pop())
            elif op == 1:
                s.remove(((k + 1) % N, rnd.randrange(i + 1)))
                got.append(None)  # removed by this thread: counted, not kept
            elif op == 2:
                s.remove((k, i))
                got.append(None)
            elif op == 3:
                s.discard(("never added", i))
        except KeyError:
            pass
        except Exception as e:
            unexpected.append(repr(e))


def mutate_bytes(k):
    rnd = random.Random(50 + k)
    for i in range(PER):
        op = rnd.randrange(9)
        try:
            if op == 0:
                buf.append(i % 256)
            elif op == 1:
                buf.extend(b"abc")
            elif op == 2:
                buf.pop()
            elif op == 3:
                buf.insert(rnd.randrange(-4, 4), 7)
            elif op == 4:
                del buf[rnd.randrange(-4, 4)]
            elif op == 5:
                buf[2:5] = b"xy"
            elif op == 6 and i % 300 == 0:
                buf.clear()
            elif op == 7 and i % 100 == 0:
                buf.reverse()
            elif op == 8:
                buf.__iadd__(b"z")
        except IndexError:
            pass
        except Exception as e:
            unexpected.append(repr(e))


def run(target):
    threads = [threading.Thread(target=target, args=(k,)) for k in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run(mutate_set)
taken = [x for got in popped for x in got if x is not None]
removed = sum(1 for got in popped for x in got if x is None)
print("set:", len(taken) == len(set(taken)), len(s) + len(taken) + removed == N * PER,
      not (s & set(taken)), len(s) == len(list(s)))
run(mutate_bytes)
print("bytearray:", len(buf) == len(bytes(buf)) == len(list(buf)), all(0 <= b < 256 for b in buf))
print("unexpected:", len(unexpected), unexpected[:3])
