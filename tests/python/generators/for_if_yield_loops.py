"""Generator loops of the shape for/if/yield: values, filters, pairs, send, throw, close, closing an owned generator, drains."""
import sys
def sq(src):
    for x in src:
        yield x * x
def odd(src):
    for x in src:
        if x & 1:
            if x % 3:
                yield x
print(list(odd(sq(range(20)))))
print(sum(x for x in range(100) if x % 3 if x % 5))
print(list((k, v) for k, v in {"a": 1, "b": 2}.items()))
def pairs(d):
    for k, v in d.items():
        yield k + str(v)
print(list(pairs({"a": 1, "b": 2})))
def bare(n):
    for _ in range(n):
        yield
print(list(bare(3)))
g = sq(range(5))
print(next(g), g.send(7), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
print(list(g))
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def outer():
    for x in inner():
        yield x
o = outer()
print(next(o))
try:
    o.throw(KeyError("k"))
except KeyError as e:
    print("caught", repr(e))
def cl():
    try:
        for x in range(3):
            yield x
    finally:
        print("finally runs")
c = cl(); next(c); c.close(); print("closed")
def bad(src):
    for x in src:
        if 10 // x:
            yield x
try:
    print(list(bad([3, 2, 0])))
except ZeroDivisionError as e:
    import traceback
    print("zde", traceback.extract_tb(e.__traceback__)[-1].lineno, traceback.extract_tb(e.__traceback__)[-1].line)
def bad2(src):
    for x in src:
        yield 1 / x
try:
    for v in bad2([1, 0]): print(v)
except ZeroDivisionError as e:
    import traceback
    print("zde2", traceback.extract_tb(e.__traceback__)[-1].lineno)
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print("".join(c.upper() for c in "abc" if c != "b"))
ge = (x for x in range(3))
print(ge.gi_frame is not None, list(ge), ge.gi_frame)
def t():
    for a, *b in [(1, 2, 3), (4, 5)]:
        yield a, b
print(list(t()))
print(sorted(x * 2 for x in {3, 1, 2}))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(list(zip((x for x in range(3)), (y for y in "abc"))))
