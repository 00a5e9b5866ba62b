def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

def g(x, *args, y=0, **kwargs):
    return x, args, y, kwargs

def h(*, only):
    return only

calls = [
    lambda: f(1, 2, 3, e=5),
    lambda: f(1, 2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(a=1, b=2, c=3, e=4),
    lambda: f(1, 2, 3, c=3, e=1),
    lambda: f(1, 2, 3, e=1, g=2),
    lambda: g(),
    lambda: g(1, 2, 3, y=4, z=5),
    lambda: g(1, x=2),
    lambda: h(1),
    lambda: h(),
    lambda: h(only=1, other=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: (lambda a, b, c: 0)(),
    lambda: (lambda *, k1, k2: 0)(),
    lambda: (lambda a=1: 0)(1, 2),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: f(*[1, 2], **{"c": 3, "e": 4, "d": 0}),
    lambda: g(**{"x": 1}, **{"x": 2}),
    lambda: g(*5),
    lambda: g(**[1]),
    lambda: g(1, **{1: 2}),
    lambda: len(),
    lambda: len([], []),
    lambda: int("5", base=10, extra=1),
    lambda: sorted([3, 1], lambda x: x),
    lambda: "abc".split(",", 1, 2),
    lambda: dict.fromkeys(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: print(sep=1),
    lambda: max(key=len),
    lambda: enumerate(start=1),
]

for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, type(e).__name__, e)

class K:
    def method(self, a):
        return a
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a):
        return a

k = K()
for call in [lambda: k.method(), lambda: k.method(1, 2), lambda: K.method(1), lambda: K.cm(),
             lambda: K.sm(), lambda: k.sm(1, 2), lambda: K(1), lambda: object(1), lambda: K.method()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class WithInit:
    def __init__(self, x, *, y):
        pass
for call in [lambda: WithInit(), lambda: WithInit(1), lambda: WithInit(1, 2), lambda: WithInit(1, y=2, z=3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
f(1, 2, 3, d=4)
