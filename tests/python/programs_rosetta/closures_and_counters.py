def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter

c1, c2 = make_counter(), make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
# late binding pitfall and the fix
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def accumulator(total):
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(1)
acc(5)
print(acc(2.3), accumulator(10)(-1))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
def broken():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        return str(e)
    y = 1
print(broken())
