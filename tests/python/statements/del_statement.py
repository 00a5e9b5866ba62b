x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = list(range(6))
del l[0]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C: pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
