def f(a, b): pass
def g(a, b=1, *, c): pass
def h(): pass
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, a=3),
    lambda: f(1, 2, d=3),
    lambda: g(),
    lambda: g(1),
    lambda: h(1),
    lambda: f(),
    lambda: f(*[1, 2, 3, 4]),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
