def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=1, **{"y": 2}))
def g(a, *args, b=0, **kwargs):
    print(a, args, b, kwargs)
g(1)
g(1, 2, 3, b=4, c=5)
def h(**kw):
    return list(kw)
print(h(z=1, a=2, m=3))
