import functools
from functools import partial, wraps, update_wrapper, reduce, total_ordering, lru_cache

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5, d=0), p.args, p.keywords)
pp = partial(p, 7)
print(pp(), pp.func is f, pp.args, pp.keywords)
class C:
    pass
try:
    p.args = ()
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(partial(C)).startswith("functools.partial(<class '__main__.C'>"))
print(repr(partial(len, "abc")), partial(len, "abc")())
q = partial(print, sep="-")
q("a", "b", "c")
print(type(p).__name__, callable(p), p.__class__ is functools.partial)
p.attr = 5
print(p.attr, p.__dict__)

def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return update_wrapper(wrapper, fn)
@deco
def documented(x):
    "docstring here"
    return x
print(documented.__name__, documented.__doc__, documented.__module__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def outer():
    @wraps(len)
    def w(x):
        return len(x) + 1
    return w
w = outer()
print(w.__name__, w("ab"), w.__wrapped__ is len)

print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, ["x"], "y"))
try:
    reduce(lambda a, b: a, [], )
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(1, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.n < o.n
    def __eq__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.n == o.n
print(V(1) > V(0), V(1) <= V(1), V(2) >= V(3))
try:
    V(1) > 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)

cnt = 0
@lru_cache(maxsize=2)
def g(x):
    global cnt
    cnt += 1
    return x
for x in [1, 2, 1, 3, 2, 1]:
    g(x)
print(cnt, g.cache_info())
print(g.cache_info()._fields, g.cache_info().hits)
@lru_cache
def kw(a, b=1):
    return a + b
kw(1); kw(1, b=1); kw(a=1); kw(1, 1)
print(kw.cache_info())
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
class Acc:
    def __init__(self): self.total = 0
    @functools.cached_property
    def x(self): return 1
    def add(self, n): self.total += n; return self
    add5 = functools.partialmethod(add, 5)
a = Acc()
print(a.add5().add5().total, repr(Acc.__dict__["add5"])[:35])
print(functools.reduce.__name__, functools.partial.__name__)
