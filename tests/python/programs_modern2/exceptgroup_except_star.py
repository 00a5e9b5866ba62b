# except*: each clause takes its part of the group; what is left is re-raised.
def raiser(*excs):
    raise ExceptionGroup("eg", list(excs))


try:
    raiser(ValueError("v1"), TypeError("t1"), ValueError("v2"))
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))

try:
    try:
        raiser(ValueError("v"), OSError("o"), KeyError("k"))
    except* ValueError:
        print("handled values")
    except* KeyError:
        print("handled keys")
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))

# a naked exception is wrapped in a group for except*
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg), type(eg).__name__)

# raising inside except* chains onto a new group
try:
    try:
        raiser(ValueError("a"))
    except* ValueError:
        raise RuntimeError("handler failed")
except RuntimeError as err:
    print("a lone raise in a handler is not wrapped:", repr(err))
    print("context:", repr(err.__context__))

# with parts left unhandled, the handler's exception and the rest form a new group
try:
    try:
        raiser(ValueError("a"), TypeError("b"))
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print("new group:", repr(eg))
    print("context:", repr(eg.exceptions[0].__context__))

# re-raising the caught group with bare raise keeps the original
try:
    try:
        raiser(ValueError("a"), TypeError("b"))
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))

for src in ["try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        exec(compile(src, "<s>", "exec"))
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    except TypeError as e:
        print("TypeError:", e)
