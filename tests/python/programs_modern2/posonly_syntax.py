# Syntax errors around the / marker.
sources = [
    "def f(/, a): pass",
    "def f(a, /, /): pass",
    "def f(*a, /): pass",
    "def f(a, *, b, /): pass",
    "def f(a=1, /, b): pass",
    "def f(a, /, b=1, *, c): pass",
    "lambda a, /, b: a",
    "lambda /: 1",
]
for src in sources:
    try:
        compile(src, "<def>", "exec")
        print("ok   ", src)
    except SyntaxError as e:
        print("error", src, "->", e.msg)
