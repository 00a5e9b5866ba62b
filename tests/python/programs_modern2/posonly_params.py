# Positional-only parameters (PEP 570) and the TypeErrors for misuse.
def f(a, b, /, c, d, *, e, f):
    return (a, b, c, d, e, f)


print(f(10, 20, 30, d=40, e=50, f=60))
for call in [
    lambda: f(10, b=20, c=30, d=40, e=50, f=60),
    lambda: f(10, 20, 30, 40, 50, f=60),
    lambda: f(1, 2, 3, 4, e=5),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def pow_like(x, y, z=None, /):
    return x ** y if z is None else pow(x, y, z)


print(pow_like(2, 10), pow_like(2, 10, 7))
try:
    pow_like(x=2, y=3)
except TypeError as e:
    print("TypeError:", e)


# a positional-only name may also appear in **kwargs
def kw_collector(name, /, **kwds):
    return name, kwds


print(kw_collector("pos", name="kw"))

import inspect

print(inspect.signature(f))
print([p.kind.name for p in inspect.signature(f).parameters.values()])
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)


class C:
    def method(self, x, /):
        return x


print(C().method(5))
try:
    C().method(x=5)
except TypeError as e:
    print("TypeError:", e)

try:
    len(obj=[])
except TypeError as e:
    print("TypeError:", e)
