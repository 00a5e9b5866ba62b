import itertools
import sys

def log_gen(name, it):
    for x in it:
        print(f"  {name} yields {x}")
        yield x

print("build pipeline")
nums = log_gen("source", range(1, 6))
squares = log_gen("square", (n * n for n in nums))
evens = log_gen("even", (s for s in squares if s % 2 == 0))
print("consume first")
print(next(evens))
print("consume rest")
print(list(evens))

def primes():
    yield 2
    found = [2]
    for n in itertools.count(3, 2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(itertools.islice(primes(), 15)))
print(next(p for p in primes() if p > 100))

def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

print(list(read_chunks("abcdefghij", 3)))
print([len(c) for c in read_chunks(list(range(10)), 4)])

gen = (x for x in [1, 2, 3])
print(list(gen), list(gen))
g = (i for i in range(3))
print(2 in g, list(g))

def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff")

c = countdown(3)
print("created")
for v in c:
    print(v)

gen_expr = (x * 2 for x in range(5))
print(type(gen_expr).__name__, sys.getsizeof(gen_expr) > 0)
total = sum(x for x in range(101))
print(total, max((len(w), w) for w in "alpha beta gamma".split()))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
nested = (y for x in [[1, 2], [3]] for y in x if y != 2)
print(list(nested))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(sorted(set(c.lower() for c in "HeLLo")), frozenset(x % 3 for x in range(10)))
print(tuple(reversed([x for x in range(4)])))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([f for f in itertools.takewhile(lambda f: f < 50, fib())])
print(sum(itertools.islice(fib(), 10)))
evens_gen = filter(lambda n: n % 2 == 0, fib())
print(list(itertools.islice(evens_gen, 5)))

def g_with_state():
    state = {"count": 0}
    while True:
        cmd = yield state["count"]
        if cmd == "inc":
            state["count"] += 1
        elif cmd == "reset":
            state["count"] = 0
        elif cmd == "stop":
            return state

gs = g_with_state()
next(gs)
for cmd in ["inc", "inc", "inc", "reset", "inc"]:
    print(cmd, gs.send(cmd))
try:
    gs.send("stop")
except StopIteration as e:
    print("final state", e.value)
x = [i for i in range(3)]
print([i for i in range(3)] == list(i for i in range(3)))
print(list(zip(*(iter("abcdef"),) * 2)))
g_expr = (1 / x for x in [1, 0])
print(next(g_expr))
print(next(g_expr))
