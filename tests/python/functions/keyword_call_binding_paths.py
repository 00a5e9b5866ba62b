# f(a, k=v) on plain functions: values go straight into the frame, defaults fill the rest;
# every error (unknown, positional-only, duplicate, missing) and a __code__ swapped by an argument
# binds as the general path does.
def f(a, b=1, c=2): return (a, b, c)
def g(a, /, b, c=3): return (a, b, c)
def h(a, *, k=5): return (a, k)
def order(tag):
    print("eval", tag); return tag
print(f(1, b=5), f(1, c=7), f(a=9), f(1, c=3, b=2), f(order("p"), c=order("c"), b=order("b")))
for call in (lambda: f(1, a=2), lambda: f(b=2), lambda: f(1, d=3), lambda: g(a=1, b=2), lambda: g(1, b=2), lambda: h(1, k=2), lambda: f()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def k(x, y=10):
    return x + y
for i in range(3):
    print(k(i, y=i), k(x=i))
k.__defaults__ = (100,)
print(k(1, x=None) if False else k(x=1))
k.__defaults__ = None
try:
    print(k(x=1))
except TypeError as e:
    print("TypeError:", e)
def swap_code(v):
    k.__code__ = f.__code__
    return v
def k2(x, y=0): return ("k2", x, y)
k = k2
try:
    print(k(swap_code(1), y=2))
except TypeError as e:
    print("TypeError:", e)
print(k(1, b=2))
class C:
    def m(self, a, b=2): return (a, b)
print(C().m(1, b=3), C.m(C(), a=4))
def gen(a, b=1):
    yield a + b
print(list(gen(1, b=2)))
def cl(a, b=1):
    def inner(): return a + b
    return inner()
print(cl(1, b=5))
