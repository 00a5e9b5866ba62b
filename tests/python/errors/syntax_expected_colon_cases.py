# CPython's second parser pass names a missing ':' after a bare 'except' and after a
# parenthesized 'with' item list, and a bare 'yield' before '=' is no comparison typo.
sources = [
    "try:\n  pass\nexcept\n  pass\n",
    "try:\n  pass\nexcept ValueError\n  pass\n",
    "try:\n  pass\nexcept ValueError as e\n  pass\n",
    "with (open(p) as f)\n  pass\n",
    "with (a, b as c)\n  pass\n",
    "with (a, b as c,)\n  pass\n",
    "with open(p) as f\n  pass\n",
    "with (a)\n  pass\n",
    "yield = 1\n",
    "def f():\n    x = yield = 1\n",
    "def f():\n    (yield) = 1\n",
    "if x = 1:\n  pass\n",
]
for src in sources:
    try:
        compile(src, "<probe>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset))
