# A comprehension's first iterable and a lambda's defaults are evaluated in the enclosing scope, so
# a yield there belongs to the enclosing generator (as in CPython's test_generators).
def g():
    x = list(i * 2 for i in [(yield 26), (yield 27)])
    return x


def h():
    f = lambda x=(yield 'd'), *, y=(yield 'k'), z=3: (x, y, z)
    return f()


def k():
    d = {(yield 1): (yield 2)}
    s = {c for c in (yield 'set')}
    m = {a: b for a, b in (yield 'dict')}
    l = [v + 1 for v in (yield 'list') if v]
    return d, sorted(s), m, l


def run(gen, *sends):
    out = [next(gen)]
    try:
        for v in sends:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(('done', e.value))
    print(out)


run(g(), 5, 6)
run(h(), 3, 4)
run(k(), 'a', 'b', 'xyz', [(1, 2)], [0, 1, 2])
try:
    list(g())
except TypeError as e:
    print(type(e).__name__, e)
