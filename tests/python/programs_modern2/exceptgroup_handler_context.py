# Inside except*, sys.exception() is the matched group; the handler sees a fresh group each time.
import sys

try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
except* ValueError as e:
    print(repr(sys.exception()), sys.exception() is e)
    print(e.exceptions)
except* TypeError as e:
    print(repr(e))
print(sys.exception())

# an except* clause for a type that is not there is skipped
try:
    raise ExceptionGroup("g", [KeyError("k")])
except* ValueError:
    print("not reached")
except* LookupError as e:
    print("LookupError branch:", repr(e))

# exceptions raised inside except* become part of the new group with the unhandled rest
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("new one")
    except* TypeError:
        raise KeyError("another")
except ExceptionGroup as eg:
    print(repr(eg), [type(x).__name__ for x in eg.exceptions])
