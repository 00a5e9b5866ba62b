"""traceback.format_exception of exception groups: notes, depth beyond 10, except* results, a handler raising anew."""
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def show(e):
    # file names relative to this folder, so the expected output holds wherever the tests run
    print("".join(traceback.format_exception(e)).replace(HERE + os.sep, ""), end="")

def nested(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup("level %d" % n, [nested(n - 1)])
e = ExceptionGroup("with note", [TypeError("t")])
e.add_note("a note")
e.exceptions[0].add_note("sub note")
show(e)
show(nested(12))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("caught", repr(g))
        raise
except ExceptionGroup as outer:
    show(outer)
def f():
    try:
        raise ExceptionGroup("eg", [KeyError("x")])
    except* KeyError:
        raise RuntimeError("in handler")
f()
