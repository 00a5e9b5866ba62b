# compile() errors of scope declarations and yield placement: message, line and column.
srcs = [
"nonlocal x",
"def f():\n    nonlocal x",
"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
"def f():\n    global x\n    nonlocal x",
"def f(a):\n    global a",
"def f():\n    print(y)\n    global y",
"def f():\n    y = 1\n    global y",
"def f():\n    x = 1\n    def g(x):\n        nonlocal x",
"class C:\n    nonlocal z",
"def f():\n    yield 1\n    return 2\nx = [(yield) for i in range(3)]",
"def f(): return (yield from)",
"lambda: (yield)",
"def f(x, x): pass",
"def f(*, **k): pass",
"def f(a=1, b): pass",
"f(x=1, x=2)",
"f(**k, *a)",
"f(a for a in b, c)",
"def f():\n    x: int = 1\n    global x",
"@\ndef f(): pass",
"return 5",
"yield 5",
"await x",
"def f():\n    class C:\n        nonlocal q",
"async def f():\n    yield from x",
"def f():\n    del x\n    nonlocal x",
"x = 1\ndef f():\n    global x\n    x: int = 2",
]
for s in srcs:
    try:
        compile(s, "<prog>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
