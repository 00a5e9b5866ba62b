from itertools import count, islice, takewhile, tee, chain

def primes():
    yield 2
    found = []
    for n in count(3, 2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

def twin_primes():
    a, b = tee(primes())
    next(b)
    for p, q in zip(a, b):
        if q - p == 2:
            yield p, q

def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x

def delegator():
    result = yield from sub()
    yield f"sub returned {result}"

def sub():
    got = yield "first"
    yield f"got {got}"
    return 42

print(list(islice(primes(), 20)))
print(list(islice(twin_primes(), 8)))
print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]]])))
g = delegator()
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def averager():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x; n += 1; avg = total / n
a = averager(); next(a)
print([a.send(x) for x in (10, 20, 60)])
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(chain.from_iterable(map(range, range(4)))))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing(); print(next(c)); c.close(); print(c.gi_frame is None)
