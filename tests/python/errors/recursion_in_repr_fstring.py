# repr() is a level of recursion depth of its own (CPython's PyObject_Repr): a __repr__ that
# formats itself with !r runs out while getting the repr.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self!r})"


print(Point(1, 2))
