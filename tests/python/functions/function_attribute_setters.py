# Function attributes check what they are set to, with CPython's messages (never a crash).
def f(a=1, *, k=2):
    return a, k
for attr, value in [("__defaults__", 5), ("__defaults__", [1]), ("__kwdefaults__", 5), ("__annotations__", [1]), ("__name__", 3), ("__qualname__", None), ("__defaults__", None), ("__kwdefaults__", None)]:
    try:
        setattr(f, attr, value)
        print(attr, "set to", value, "->", getattr(f, attr))
    except TypeError as e:
        print(attr, type(e).__name__, e)
f.__annotations__ = {"a": int}
del f.__annotations__
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10,)
f.__kwdefaults__ = {"k": 20}
print(f())
del f.__defaults__
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
