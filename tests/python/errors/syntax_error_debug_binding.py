# __debug__ is a constant: every way of binding or deleting it is a SyntaxError, while
# reading it, declaring it global, or an augmented attribute store is allowed (CPython 3.11).
sources = [
    "__debug__ = 1",
    "del __debug__",
    "obj.__debug__ = 1",
    "f(__debug__=1)",
    "class C(__debug__=1): pass",
    "def f(__debug__): pass",
    "def f(*, __debug__): pass",
    "def f(**__debug__): pass",
    "lambda __debug__: 0",
    "def __debug__(): pass",
    "class __debug__: pass",
    "import __debug__",
    "import os as __debug__",
    "from os import path as __debug__",
    "for __debug__ in x: pass",
    "with x as __debug__: pass",
    "(__debug__ := 1)",
    "__debug__ += 1",
    "__debug__: int",
    "a, __debug__ = 1, 2",
    "[__debug__ for __debug__ in x]",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "match x:\n    case __debug__:\n        pass",
    "global __debug__",
    "print(__debug__)",
    "obj.__debug__",
    "obj.__debug__ += 1",
    "del obj.__debug__",
    "f(**{'__debug__': 1})",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as exc:
        print("SyntaxError:", exc.msg, "(line %d)" % exc.lineno, repr(src))
print(__debug__, type(__debug__))
