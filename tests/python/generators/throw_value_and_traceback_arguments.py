# generator.throw(type, value, tb): a tuple value is the argument list of the
# new exception, other values are its single argument, an instance of the type
# is thrown as is, and a third argument must be a traceback.
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(ValueError, (1, 2))
g.throw(ValueError, [1, 2])
g.throw(ValueError, 5)
g.throw(ValueError, ())
g.throw(KeyError, ValueError(3))
g.throw(ValueError, ValueError("same"))
g.throw(ValueError, None, None)
g.throw(LookupError, KeyError("sub"))

for bad in (5, "tb", object()):
    try:
        g.throw(ValueError, None, bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    raise RuntimeError("with tb")
except RuntimeError:
    tb = sys.exc_info()[2]
g.throw(RuntimeError, "x", tb)
g.throw(RuntimeError("inst"), None, tb)
try:
    g.throw(RuntimeError("inst"), "value")
except TypeError as e:
    print("TypeError:", e)
