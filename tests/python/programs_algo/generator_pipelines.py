import itertools
log = """2024-01-01 INFO start
2024-01-01 WARN disk 80%
2024-01-02 ERROR failed job=7
2024-01-02 INFO retry job=7
2024-01-03 ERROR failed job=9
2024-01-03 INFO done""".splitlines()
def parse(lines):
    for ln in lines:
        date, level, msg = ln.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def numbered(recs, start=1):
    for i, r in enumerate(recs, start):
        yield f"{i:02d}. {r['date']} {r['msg']}"
for line in numbered(only("ERROR", parse(log))):
    print(line)
by_day = itertools.groupby(parse(log), key=lambda r: r["date"])
print({d: [r["level"] for r in rs] for d, rs in by_day})
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 20, 30, 45]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as ex:
    print("final", ex.value)
def chunked(it, n):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunked(range(10), 4)))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda p: p < 60, primes())))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
g = (x * x for x in range(5))
print(sum(g), sum(g))
squares = map(lambda x: x * x, range(5))
print(list(zip(squares, squares)))
it1, it2 = itertools.tee(parse(log))
print(sum(1 for _ in it1), next(it2)["msg"])
def trace(name, it):
    for x in it:
        print(f"  {name} -> {x}")
        yield x
pipeline = trace("sq", (x * x for x in trace("src", range(3))))
print(list(pipeline))
def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word
print(list(tokens("Hello, world! It's 2024.")))
gen = tokens("a b")
print(next(gen), next(gen), next(gen, "END"))
def countdown(n):
    while n:
        received = yield n
        n = received if received is not None else n - 1
c = countdown(5)
print(next(c), c.send(2), next(c), next(c, "done"))
