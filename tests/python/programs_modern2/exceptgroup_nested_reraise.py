# Which parts of a nested group except* re-raises, and their structure.
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r})")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(f"{pad}{e!r}" if False else f"{pad}{eg!r}")


tree = ExceptionGroup("root", [
    ValueError("v1"),
    ExceptionGroup("mid", [TypeError("t1"), ValueError("v2"), ExceptionGroup("deep", [KeyError("k")])]),
    OSError("o"),
])

try:
    try:
        raise tree
    except* ValueError as got:
        print("caught ValueErrors:")
        show(got)
    except* KeyError as got:
        print("caught KeyErrors:")
        show(got)
except ExceptionGroup as rest:
    print("re-raised:")
    show(rest)
    print("same object?", rest is tree, rest.__traceback__ is not None)

# everything handled: nothing re-raised
try:
    raise ExceptionGroup("all", [ValueError(1)])
except* ValueError:
    print("fully handled")

# raise in a handler plus unhandled parts: both end up in one new group
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("from handler")
except BaseExceptionGroup as eg:
    show(eg)
    print([type(e).__name__ for e in eg.exceptions])

# raising the matched group itself (not bare raise)
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError as m:
        raise m
except BaseExceptionGroup as eg:
    show(eg)
