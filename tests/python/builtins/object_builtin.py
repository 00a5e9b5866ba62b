o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(len([n for n in dir(object) if n.startswith("__")]) > 10)
print(object.__doc__)
