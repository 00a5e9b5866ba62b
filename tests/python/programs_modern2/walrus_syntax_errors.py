# Where := is not allowed, and the messages CPython gives.
cases = [
    "x := 1",
    "(a.b := 1)",
    "(a[0] := 1)",
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) if (i := 5)]",
    "class C:\n    [y := 1 for _ in range(2)]\n",
    "[x for x in (y := [1, 2])]",
    "def f(a := 1): pass",
    "f(x := 1, y=2)",
    "print((lambda: (z := 1))())",
    "{(k := 1): 2}",
    "[(q := 1) for q2 in range(2)] ; print(q)",
]
for src in cases:
    try:
        compile(src, "<walrus>", "exec")
        print("ok     ", repr(src))
    except SyntaxError as e:
        print("error  ", repr(src), "->", e.msg)
