def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*args, sep=" "):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="-"))
print(f.__kwdefaults__)
