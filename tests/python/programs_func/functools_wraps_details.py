import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

def original(a: int, b: str = "x") -> bool:
    """Original docstring."""
    return True
original.custom = "attr"
original.__dict__["another"] = [1, 2]

w = deco(original)
for attr in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
    print(attr, repr(getattr(w, attr)))
print(w.custom, w.another, w.another is original.another, w.__wrapped__ is original)
print(sorted(w.__dict__))

class Holder:
    def method(self):
        "method doc"
    @deco
    def wrapped_method(self):
        "wrapped doc"
        return "wm"

print(Holder.wrapped_method.__qualname__, Holder().wrapped_method(), Holder.wrapped_method.__doc__)

def no_doc():
    pass
wn = deco(no_doc)
print(repr(wn.__doc__), wn.__name__)

lam = deco(lambda x: x)
print(lam.__name__, lam.__qualname__)

class CallableObj:
    def __call__(self):
        return 1
obj = CallableObj()
wo = functools.wraps(obj)(lambda: 2)
print(wo.__name__ if hasattr(wo, "__name__") else None, wo.__doc__, wo.__wrapped__ is obj)
print(getattr(wo, "__qualname__"))

def custom_assigned(fn):
    @functools.wraps(fn, assigned=("__name__",), updated=())
    def inner():
        return fn()
    return inner
ca = custom_assigned(original)
print(ca.__name__, ca.__doc__, hasattr(ca, "custom"), ca.__qualname__)

def wrapper2(*args):
    return args
functools.update_wrapper(wrapper2, original, updated=("__dict__",))
print(wrapper2.__name__, wrapper2.custom, wrapper2.__wrapped__.__name__)

def chain_wraps(fn):
    return deco(deco(deco(fn)))
cw = chain_wraps(original)
depth = 0
f = cw
while hasattr(f, "__wrapped__"):
    f = f.__wrapped__
    depth += 1
print(depth, f is original)

import inspect
print(inspect.signature(cw), inspect.unwrap(cw) is original)
print(inspect.unwrap(cw, stop=lambda f: f.__wrapped__ is original) is not original)

bi = functools.wraps(len)(lambda *a: len(*a))
print(bi.__name__, bi.__qualname__, bi.__module__, bi.__doc__[:30])

p = functools.partial(original, 1)
wp = functools.wraps(p)(lambda: None)
print(hasattr(wp, "__name__"), wp.__name__ if hasattr(wp, "__name__") else "<lambda> kept")
print(wp.__doc__ == p.__doc__)
