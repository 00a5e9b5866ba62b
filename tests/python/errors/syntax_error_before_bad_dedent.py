# A grammar error found before a bad indentation further down wins: CPython reports an
# unexpected indent without scanning on, and its scan of the rest of the file stops at an
# inconsistent dedent without raising it. A bad token later on (an unterminated string) still wins.
sources = [
    "x = 1\n    y = 2\n  z = 3\n",
    "\tx = 1\n  y = 2\n",
    "x = 1 +\n  y = 2\n z = 3\n",
    "if x:\n        a = 1\n    b = 2\n",
    "def f():\n    x = 1\n  y = 2\n",
    "x = 1 +\ny = 'unterminated\n",
    "x = 1 +\nif y:\n        a\n    b\n",
    "print('a'\nx = 1\n    y = 2\n  z = 3\n",
]
for src in sources:
    try:
        compile(src, "<probe>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno)
