# In CPython 3.11 calling a C function (repr(), ascii(), format(), object.__format__) is a level of
# recursion depth of its own, "while calling a Python object", besides PyObject_Repr's "while
# getting the repr of an object": where a __repr__ or __str__ that recurses through them runs out,
# and so the message, depends on those levels.
class Point:
    calls = 0

    def __repr__(self):
        Point.calls += 1
        return f"Point({self!r})"


class Label:
    calls = 0

    def __str__(self):
        Label.calls += 1
        return f"<{self}>"


class Box:
    def __repr__(self):
        return "Box(" + repr(self) + ")"


def attempt(name, fn):
    Point.calls = Label.calls = 0
    try:
        fn()
    except RecursionError as e:
        print(name, Point.calls, Label.calls, e)


attempt("repr", lambda: repr(Point()))
attempt("ascii", lambda: ascii(Point()))
attempt("print", lambda: print(Point()))
attempt("method", lambda: Point().__repr__())
attempt("fstring", lambda: f"{Point()!r}")
attempt("format", lambda: format(Label()))
attempt("fstring str", lambda: f"{Label()}")
attempt("repr concat", lambda: print(Box()))


def nested():
    attempt("nested repr", lambda: repr(Point()))
    attempt("nested format", lambda: format(Label()))


nested()
try:
    repr(Point())
except RecursionError as e:
    print("module level", Point.calls, e)
