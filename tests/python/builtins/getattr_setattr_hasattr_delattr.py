class C:
    x = 1
o = C()
print(getattr(o, "x"), getattr(o, "y", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
setattr(o, "y", 5)
print(o.y, getattr(o, "y"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
setattr(C, "z", "class attr")
print(o.z)
print(getattr(o, "__class__").__name__)
