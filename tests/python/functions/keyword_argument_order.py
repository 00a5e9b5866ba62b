def f(**kw):
    return kw
print(f(b=1, a=2, c=3))
print(list(f(**{"z": 1}, y=2, **{"x": 3})))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
def g(a, b): return a, b
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
