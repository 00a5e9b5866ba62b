# ':=' after something that is not a plain name, as a statement: CPython names what stands before it
for src in ["(a := 1) := 2", "x + 1 := 2", "f() := 3", "a.b := 1", "a[0] := 1", "1 := x", "(a, b) := 1", "[a] := 1", "print((x + 1 := 2))", "y = (a.b := 1)", "if x.y := 3: pass", "a := 1", "def f(): a := 1", "(a := 1)", "x = a := 1", "f(a.b := 1)", "[i + 1 := 0 for i in x]"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(f"{src!r:28} {e.msg} @{e.offset}")
for src in ['a, b := 1', 'a, b.c := 1', '*a := 1', 'x.y, := 1', 'not x := 1', 'x if y else z := 1', 'lambda: x := 1', 'a < b := 1', '-a := 1', 'x == 1 := 2', 'a and b := 1', 'f"x" := 1', '... := 1', 'None := 1', 'True := 1', '(a) := 1', '(a), b.c := 1', '(a, b), c := 1', '((a, b)) := 1', 'x = (a) := 1', '(yield) := 1', 'def f():\n    await x := 1', '[a, b] := 1', '{a: 1} := 2', '(x for x in y) := 1', 'a[1:2] := 3']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(f'{src!r:28} {e.msg} @{e.offset}')
