def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad value {i}")
    if i % 3 == 1:
        raise TypeError(f"bad type {i}")
    return i

def run_all(n):
    errors = []
    for i in range(n):
        try:
            risky(i)
        except Exception as e:
            e.add_note(f"while processing item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)

try:
    run_all(5)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], eg.message)
    for e in eg.exceptions:
        print("  notes", e.__notes__)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [KeyError("k"), ValueError(2)]), OSError("os")])
print(repr(eg))
print(str(eg))
match_v, rest = eg.split(ValueError)
print(repr(match_v))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(ZeroDivisionError))
print(type(eg).__mro__)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(type(e).__name__, e)

def handler():
    try:
        raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), KeyError("c")])
    except* (ValueError, TypeError) as g:
        print("handled", sorted(type(e).__name__ for e in g.exceptions))
try:
    handler()
except KeyError as e:
    print("not reached")
except ExceptionGroup as g:
    print("leftover", repr(g))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped plain:", repr(g), type(g).__name__)
e = ValueError("with notes")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print(type(err).__name__, err)
print(eg.exceptions[1].exceptions, len(eg.exceptions))
d = eg.derive([ValueError("z")])
print(repr(d), d.__traceback__)
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as g:
    print("raised from handler:", repr(g))
except RuntimeError as r:
    print("runtime", r, repr(r.__context__))
raise ExceptionGroup("final", [ValueError("x"), TypeError("y")])
