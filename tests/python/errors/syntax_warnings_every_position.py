# SyntaxWarnings are found wherever the suspicious expression sits: in decorators, defaults,
# annotations, lambdas, comprehensions, f-strings, match cases, handlers, with items, slices.
import warnings

SOURCE = '''
@deco(x is 1)
def f(a=(y is "s"), *, b=[1, 2](3), c: 4[0] = None) -> "ab"["c"]:
    return lambda q=(1)(2): q is 3
class C(base(1 is x), metaclass=(2)(3)):
    attr: "x"[1.5] = 0
for i in [(1, 2)[0.5]]:
    pass
while z is ():
    break
r = [v for v in w if v is 4]
s = {k: v for k, v in d.items() if k is not 5}
g = (x for x in (1)(2))
t = f"{x is 6}{(7)(8)!r:>{9[0]}}"
with open("f") as fh, ctx(10 is y):
    pass
try:
    pass
except (1)(2):
    pass
match p:
    case [1, 2] if p is 11:
        pass
    case {"k": 12} if (13)(14):
        pass
assert (p, "message")
assert (p is 15, "two")
u = m[1:(2)(3):"s"[1.0]]
del n[(4)(5)]
raise E from (6)(7)
def gen():
    v = yield 16 is z
w: {"a"}[0]
aug += 17 is not a
'''

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(SOURCE, "<positions>", "exec")
for w in caught:
    print(w.lineno, w.category.__name__, w.message)
print(len(caught), "warnings")

# CPython 3.11 compiles a while test and a finally body twice; variable annotations only outside
# functions; none under "from __future__ import annotations".
MORE = [
    "try:\n    a = x is 1\nexcept E:\n    b = x is 2\nelse:\n    c = x is 3\nfinally:\n    d = x is 4\n",
    "while q is 5:\n    pass\nelse:\n    e = x is 6\n",
    "v: (x is 1) = (y is 2)\ndef f():\n    w: (x is 3) = 4\n    class K:\n        k: (x is 5) = 6\n"
    "o.a: (x is 7)\no.b: (x is 8) = 9\n",
    "from __future__ import annotations\ndef f(a: 1[0]) -> (x is 1): pass\nz: (x is 2) = 3\n",
]
for src in MORE:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<more>", "exec")
    print([w.lineno for w in caught])
