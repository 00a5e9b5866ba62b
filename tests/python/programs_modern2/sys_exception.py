# sys.exception() (3.11) is the exception being handled, like sys.exc_info()[1].
import sys

print(sys.exception())
try:
    raise ValueError("first")
except ValueError:
    print(repr(sys.exception()), sys.exc_info()[1] is sys.exception())
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print("after inner:", repr(sys.exception()))
print("after all:", sys.exception())


def helper():
    return sys.exception()


try:
    1 / 0
except ZeroDivisionError:
    print("seen from a callee:", repr(helper()))


def gen():
    yield repr(sys.exception())


try:
    raise TypeError("t")
except TypeError:
    g = gen()
print(next(g))
