# gen.throw(type, value): CPython creates the exception the way raising a class does (a tuple
# value is the argument list, None means no arguments); a class whose __new__ returns
# something that is not an exception gives a TypeError, thrown into the generator.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)  # the 3-argument form is deprecated


def catcher():
    while True:
        try:
            yield
        except Exception as exc:
            print("caught", type(exc).__name__, exc.args)


g = catcher()
next(g)
for value in ((1, 2), (), [3], None, "text", (("nested",),)):
    g.throw(ValueError, value)
g.throw(KeyError(5))
g.throw(LookupError, KeyError("k"))  # not an instance of LookupError's subclass: wrapped


class NotReally(Exception):
    def __new__(cls, *args):
        return 42


try:
    g.throw(NotReally)
except TypeError as exc:
    print("TypeError:", exc)
try:
    g.throw(3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    g.throw(ValueError(1), 2)
except TypeError as exc:
    print("TypeError:", exc)
g.close()
print("closed")
