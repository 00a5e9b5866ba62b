"""`raise e` of an exception caught in the same frame adds its own traceback entry above the one where it was caught (bare `raise` adds none). Caret lines, which Weft does not draw, are left out."""
import traceback
def show(fn):
    try:
        fn()
    except Exception as e:
        text = "".join(traceback.format_exception(e)).replace(__file__, "F")
        print("".join(l for l in text.splitlines(True) if l.strip(" ^~\n")), end="")
def a():
    try:
        1/0
    except Exception as e:
        raise e
def b():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    x = 1
    raise err
def c():
    try:
        int("x")
    except ValueError as e:
        raise e from None
def d():
    saved = None
    for i in range(2):
        try:
            if saved: raise saved
            raise TypeError("t")
        except TypeError as e:
            saved = e
    raise saved
def g():
    try:
        a()
    except ZeroDivisionError as e:
        raise e
def h():
    try:
        1/0
    except Exception:
        raise
for fn in (a, b, c, d, g, h):
    show(fn)
try:
    [][1]
except IndexError as e:
    raise e
