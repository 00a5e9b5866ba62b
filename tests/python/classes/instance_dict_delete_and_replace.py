# An instance of a class may have its __dict__ replaced by another dict or deleted (it starts
# over empty, CPython's subtype_setdict), but not set to a non-dict; a function's __dict__ and an
# exception's cannot be deleted.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
print(vars(p))
p.__dict__ = {"z": 3}
print(vars(p), p.z)
del p.__dict__
print(vars(p), hasattr(p, "x"))
p.w = 4
print(vars(p))
for bad in (1, [], None):
    try:
        p.__dict__ = bad
    except TypeError as exc:
        print("TypeError:", exc)


def func():
    pass


for owner in (func, ValueError("e")):
    try:
        del owner.__dict__
    except TypeError as exc:
        print(type(owner).__name__, "TypeError:", exc)
