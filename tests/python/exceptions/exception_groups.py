eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions)
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError as g:
        print("os errors:", repr(g.exceptions))
except ExceptionGroup as leftover:
    print("leftover", leftover, repr(leftover.exceptions))
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* ValueError:
        print("no")
except ExceptionGroup as left:
    print("unhandled part:", repr(left.exceptions))
try:
    raise TypeError("plain")
except* TypeError as g:
    print("plain wrapped:", type(g).__name__, repr(g.exceptions))
print(issubclass(ExceptionGroup, Exception), BaseExceptionGroup.__name__)
