def f(a, b, c, d=0, *rest, **kw):
    return a, b, c, d, rest, kw
args = [1, 2]
kwargs = {"x": 9}
print(f(*args, 3))
print(f(*args, *[3, 4, 5]))
print(f(0, *range(2), **kwargs))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *[2], c=3, **{"y": 1}, **{"z": 2}))
print(print(*"abc", sep="-"))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(*(), **{}))
print(g(*"xy", **dict(a=1), b=2))
