def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
print(c.__code__.co_freevars)
print([cell.cell_contents for cell in c.__closure__])

def make_adders():
    return [lambda x, i=i: x + i for i in range(4)]

def make_adders_late():
    return [lambda x: x + i for i in range(4)]

print([f(10) for f in make_adders()])
print([f(10) for f in make_adders_late()])

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = accumulator()
for v in (3, 4, 5):
    print(acc(v), end=" ")
print()

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        return inner()
    r = middle()
    return x, r

print(outer())

def bad():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()

print(bad())

def unbound():
    v = 1
    def f():
        print(v)
        v = 2
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)

unbound()

x = "global"
def g():
    global x
    x = "rebound"
g()
print(x)

def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache

fib, cache = memo_fib()
print(fib(50), len(cache))

def cell_empty():
    def inner():
        return z
    cells = inner.__closure__
    try:
        print(cells[0].cell_contents)
    except ValueError as e:
        print(type(e).__name__, e)
    z = 3
    print(cells[0].cell_contents)

cell_empty()

def gen_closure():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(3):
        bump()
        yield n

print(list(gen_closure()))
print(make_counter.__code__.co_cellvars)
