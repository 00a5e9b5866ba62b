"""An uncaught exception group is drawn in boxes: sub-exceptions numbered, nested groups indented, chains inside."""
def f():
    raise ValueError("a")
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("inner", [e, KeyError("k")])
try:
    g()
except ExceptionGroup as e:
    eg = e
raise ExceptionGroup("outer", [eg, TypeError("b")])
