import itertools

def coroutine(func):
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    start.__name__ = func.__name__
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

p1 = printer("A:")
p2 = printer("B:")
sink = broadcast(grep("py", p1), grep("java", p2))
for line in ["python rocks", "java beans", "jython is python on java", "rust"]:
    sink.send(line)

def running_stats():
    n = 0
    mean = 0.0
    m2 = 0.0
    while True:
        x = yield (n, round(mean, 4), round(m2 / (n - 1), 4) if n > 1 else None)
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)

rs = running_stats()
print(next(rs))
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    print(rs.send(v))

def tokens(text):
    for word in text.split():
        received = yield word
        if received == "skip":
            yield "skipped"

t = tokens("a b c d")
out = [next(t)]
out.append(t.send("skip"))
out.extend(t)
print(out)

def chain_gen(*its):
    for i in its:
        yield from i
    return len(its)

def wrapper():
    n = yield from chain_gen("ab", [1, 2], range(2))
    yield f"chained {n}"

print(list(wrapper()))

def subgen():
    try:
        yield 1
        yield 2
    finally:
        print("subgen cleanup")

def delegating():
    yield from subgen()
    yield 3

d = delegating()
print(next(d))
d.close()
print("closed")

def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f"error:{e}"

e = echo()
next(e)
print(e.send("x"), e.throw(ValueError, "bad"), e.throw(ValueError("worse")), e.send(5))

def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        print("finally runs on close")

g = gen_with_return_in_finally()
next(g)
g.close()
g2 = gen_with_return_in_finally()
print(list(g2))

def ignoring_close():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
            yield 2

bad = ignoring_close()
next(bad)
try:
    bad.close()
except RuntimeError as ex:
    print(type(ex).__name__, ex)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.takewhile(lambda x: x < 100, fib())))
gen = fib()
print(gen.__next__(), next(gen), next(gen), type(gen).__name__, gen.gi_code.co_name)
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in "a bb ccc".split()))
z = zip(fib(), "abc")
print(list(z))
sink.throw(KeyError("stop"))
