def make_scorer(weights):
    total = 0
    history = []

    def score(event, times=1):
        nonlocal total
        points = weights.get(event)
        if points is None:
            raise KeyError(f"unknown event {event!r}; known: {', '.join(sorted(weights))}")
        total += points * times
        history.append((event, times, total))
        return total

    def undo():
        nonlocal total
        if not history:
            return None
        event, times, _ = history.pop()
        total -= weights[event] * times
        return event

    def summary():
        counts = {}
        for event, times, _ in history:
            counts[event] = counts.get(event, 0) + times
        return {"total": total, "events": counts}

    score.undo = undo
    score.summary = summary
    return score

basketball = make_scorer({"free_throw": 1, "field_goal": 2, "three": 3})
for ev, n in [("field_goal", 2), ("three", 1), ("free_throw", 3), ("three", 2)]:
    print(f"{ev:<11} x{n} -> {basketball(ev, n)}")
print(basketball.undo(), basketball.summary())
try:
    basketball("dunk")
except KeyError as e:
    print(type(e).__name__, e)
print(basketball.__closure__ is not None, sorted(basketball.__code__.co_freevars))
print([c.cell_contents for c in basketball.__closure__ if isinstance(c.cell_contents, (int, dict))])

def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count, lambda: dict(counts)

count, snapshot = counter_factory()
for word in "the cat and the hat and the bat".split():
    count(word)
print(snapshot(), max(snapshot().items(), key=lambda kv: kv[1]))

def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache) > 3000)

def adder_chain():
    fns = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        fns.append(add)
    return fns
print([f(10) for f in adder_chain()])

def late():
    fns = []
    for i in range(3):
        fns.append(lambda x: x + i)
    return fns
print([f(10) for f in late()])

x = 10
def read_global():
    return x
def shadow_local():
    x = 20
    return read_global(), x
print(shadow_local())

def broken():
    print(x)
    x = 5
broken()
