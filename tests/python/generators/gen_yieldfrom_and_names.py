# gi_yieldfrom is the iterator a suspended yield from delegates to (else None); a generator's
# __name__ and __qualname__ can be set, to strings only.
import asyncio, inspect
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
    yield "own"
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, inspect.getgeneratorstate(g.gi_yieldfrom))
next(g); next(g)
print(g.gi_yieldfrom)
g.__name__ = "renamed"; g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
for v in (5, None):
    try:
        g.__name__ = v
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del g.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
