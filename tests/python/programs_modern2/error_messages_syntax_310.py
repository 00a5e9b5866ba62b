# 3.10's clearer SyntaxError messages.
sources = [
    "expected = {9: 1, 18: 2, 19: 2, 27: 3, 28: 3, 29: 3, 36: 4, 37: 4,\n38: 4, 39: 4, 45: 5, 46: 5, 47: 5, 48: 5, 49: 5, 54: 6,\nsome_other_code = foo()\n",
    "if rocket.position > event_horizon\n    pass\n",
    "items = {x: y for x, y in zip('abc', 'def') if x != y\n",
    "f(a for a in b, c)",
    "print 'hello'",
    "x = [1, 2 3]",
    "if x = 3:\n    pass\n",
    "def f(x, y\n    pass\n",
    "True = 1",
    "f() = 1",
    "del f()",
    "a, b += 1",
    "x = 1 +",
    "try:\n    pass\n",
    "for x in range(3):\npass\n",
    "class C\n    pass\n",
    "return 5",
    "def f():\n    yield = 1\n",
    "{1: 2, 3}",
    "'unterminated",
    "'''never closed",
    "x = (1, 2",
    "import a.b as",
    "nonlocal x",
    "def f():\n    global x\n    x = 1\n    global x\n",
    "def f(a, a): pass",
    "f(x=1, x=2)",
    "f(**k, *a)",
    "lambda x: yield",
    "a = 1; b = 2 c = 3",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(f"{e.lineno}:{e.offset}: {e.msg}")
