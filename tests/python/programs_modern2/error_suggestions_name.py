# 3.10+ "Did you mean" suggestions for NameError, AttributeError and ImportError (uncaught).
import traceback


def last_line(fn):
    try:
        fn()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end="")


schwarzschild_black_hole = None
last_line(lambda: schwarzschild_black_hol)
last_line(lambda: pritn("x"))


class Point:
    def __init__(self):
        self.x_coordinate = 1


last_line(lambda: Point().x_coordinat)
last_line(lambda: [].apend(1))
last_line(lambda: "s".uper())


def uses_local():
    counter = 1
    return countr


last_line(uses_local)
last_line(lambda: __import__("collections").namedtupel)
last_line(lambda: exec("from sys import exitt"))
last_line(lambda: xyzzy_nothing_like_it)


class Thing:
    def method(self):
        return valu

    value = 1


last_line(Thing().method)
import collections
collections.OrderedDcit
