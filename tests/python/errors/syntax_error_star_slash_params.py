# Misplaced '*' and '/' in parameter lists: CPython 3.11 gives its specific messages only for
# the shapes its grammar names, and "invalid syntax" otherwise.
sources = [
    "def f(/): pass",
    "def f(/, a): pass",
    "lambda /: 0",
    "lambda /, a: 0",
    "def f(a, /, /): pass",
    "def f(*, /): pass",
    "def f(a, *b, /): pass",
    "def f(x, *a, *): pass",
    "lambda x, *a, *: 1",
    "def f(a, *, *): pass",
    "def f(*a, *b): pass",
    "def f(*a, *, b): pass",
    "def f(*): pass",
    "def f(*, **k): pass",
    "def f(**k, *a): pass",
    "def f(a=1, /, b): pass",
    "def f(a, /, b, *, c): pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles:", src)
    except SyntaxError as exc:
        print("%-28s -> %s (col %d)" % (src, exc.msg, exc.offset))
