# __context__ of an exception raised while another is handled: by a raise statement, by a built-in
# in a function called from the handler and caught there, and re-raising the handled one.
try:
    1/0
except ZeroDivisionError:
    try:
        raise ValueError("v")
    except ValueError as v:
        print(repr(v.__context__))
def f():
    try:
        int("x")
    except ValueError as e:
        return e
try:
    {}[1]
except KeyError:
    print(repr(f().__context__))
def g():
    raise TypeError("t")
try:
    raise KeyError("k")
except KeyError:
    try:
        g()
    except TypeError as t:
        print(repr(t.__context__))
try:
    raise OSError("o")
except OSError as o:
    try:
        raise o
    except OSError as again:
        print(repr(again.__context__))
