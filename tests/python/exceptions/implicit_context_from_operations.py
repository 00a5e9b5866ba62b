# An error raised by an operation (not a raise statement) inside a handler gets the handled
# exception as its __context__, as a raise statement's exception does.
import traceback


def ops():
    yield "division", lambda: 1 / 0
    yield "index", lambda: [][1]
    yield "int()", lambda: int("x")
    yield "key", lambda: {}["k"]
    yield "attribute", lambda: None.missing
    yield "call", lambda: len(5)


for name, op in ops():
    try:
        try:
            raise KeyError("original")
        except KeyError:
            op()
    except Exception as e:
        print(f"{name:10} {type(e).__name__:17} context={e.__context__!r} suppress={e.__suppress_context__}")


def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            return 1 / 0


try:
    nested()
except ZeroDivisionError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))


def in_generator():
    try:
        raise LookupError("in gen")
    except LookupError:
        yield "paused in handler"
        {}["gone"]


try:
    for v in in_generator():
        print(v)
except KeyError as e:
    print("generator:", repr(e), "context:", repr(e.__context__))

try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        [].pop()
except IndexError:
    lines = traceback.format_exc().splitlines()
    print([l for l in lines if not l.startswith(" ")])
