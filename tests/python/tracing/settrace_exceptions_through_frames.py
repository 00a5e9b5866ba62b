# 'exception' events: once in each frame an exception passes through, where it is first caught
# there or leaves; 'return' with None when it leaves a frame.
import contextlib
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        arg = "%s(%s)" % (arg[0].__name__, arg[1])
    log.append("%-10s %-9s %3d %s" % (frame.f_code.co_name, event, frame.f_lineno, arg))
    return tracer


def deepest(n):
    if n == 0:
        raise ValueError("bottom")
    return deepest(n - 1)


def middle():
    try:
        deepest(2)
    finally:
        cleanup = True


def top():
    try:
        middle()
    except ValueError as e:
        return "handled " + str(e)


def suppressed():
    with contextlib.suppress(KeyError):
        {}["missing"]
    return "after suppress"


def reraised():
    try:
        int("x")
    except ValueError:
        raise


def chained():
    try:
        reraised()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def gen():
    try:
        yield 1
    except GeneratorExit:
        log.append("gen closing")
        raise


def thrower():
    g = gen()
    next(g)
    try:
        g.throw(TypeError("thrown in"))
    except TypeError:
        pass
    g2 = gen()
    next(g2)
    g2.close()


sys.settrace(tracer)
top()
suppressed()
try:
    chained()
except RuntimeError:
    pass
thrower()
sys.settrace(None)
print("\n".join(log))
