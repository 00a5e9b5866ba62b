# partial's func, args and keywords are read-only; cmp_to_key returns a KeyWrapper object which,
# called with an item, wraps it; wrappers compare only with wrappers.
import copy
import functools
import pickle


def f(a, b=2, *, c=3):
    return (a, b, c)


p = functools.partial(f, 1, c=9)
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, type(e).__name__, e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print(name, type(e).__name__, e)
print(p.args, p.keywords, p.func is f, p(5), p(c=0), copy.copy(p)(4))
p.note = "extra"
print(p.__dict__, pickle.loads(pickle.dumps(functools.partial(max, 3)))(7))
print(functools.partial.args.__doc__)

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(key).__name__, type(key(1)).__name__, key(5).obj, key(1) < key(2), key(2) == key(2))
print(sorted([3, 1, 2], key=key), sorted("bca", key=functools.cmp_to_key(lambda a, b: -1 if a > b else 1)))
for action in (lambda: key(1) < 5, lambda: key(1) == "x", lambda: hash(key(1))):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
