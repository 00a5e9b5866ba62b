"""traceback.format_exception of exception groups: notes, depth beyond 10, except* results, a handler raising anew."""
import traceback
def nested(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup("level %d" % n, [nested(n - 1)])
e = ExceptionGroup("with note", [TypeError("t")])
e.add_note("a note")
e.exceptions[0].add_note("sub note")
print("".join(traceback.format_exception(e)), end="")
print("".join(traceback.format_exception(nested(12))), end="")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("caught", repr(g))
        raise
except ExceptionGroup as outer:
    print("".join(traceback.format_exception(outer)), end="")
def f():
    try:
        raise ExceptionGroup("eg", [KeyError("x")])
    except* KeyError:
        raise RuntimeError("in handler")
f()
