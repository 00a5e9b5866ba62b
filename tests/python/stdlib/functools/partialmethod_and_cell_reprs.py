# partialmethod repr writes both separators even when empty (CPython 3.11); a cell shows what it holds.
import functools, re
def f(a, b=1, c=2): return a
print(re.sub("0x[0-9a-f]+", "X", repr(functools.partialmethod(f, 1))), re.sub("0x[0-9a-f]+", "X", repr(functools.partialmethod(f))), re.sub("0x[0-9a-f]+", "X", repr(functools.partialmethod(f, 1, c=3))))
def outer():
    def inner(): return z
    c = inner.__closure__[0]
    print(re.sub("0x[0-9a-f]+", "X", repr(c)))
    z = [1]
    print(re.sub("0x[0-9a-f]+", "X", repr(c)))
outer()
