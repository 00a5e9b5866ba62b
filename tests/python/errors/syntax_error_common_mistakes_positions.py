"""Common syntax mistakes: message and position (lineno, offset, end_lineno, end_offset) as compile() reports them."""
srcs = ['print("a" "b" 1)', 'x = [1 2 3]', 'def f(x y): pass', 'f(a b)', 'x = {1: 2 3: 4}', 'if x == 1\n  pass', 'x === 1', 'x = 1 +* 2',
 'def f():\n  x = 1\n y = 2', 'for i in range(10):\nprint(i)', 'print(f"{}")', 'print(f"{x!z}")', 'print(f"{x:{y:{z}}}")', "x = 'abc", 'x = """abc',
 'x = 5\nx++', 'i += 1 += 2', 'def f(*, **k): pass', 'def f(*): pass', 'def f(**k, a): pass', 'f(x for x in y, 1)', 'class C(x for x in y): pass',
 'x = yield = 1', 'a if b', 'a if b else', '[x for x in]', '{**x for x in y}', 'print(*)', 'x = *y', 'del *x', 'x, y += 1', 'None = 1', '__debug__ = 1',
 'f(x=1, x=2)', 'def f(a, a): pass', 'nonlocal x', 'def f():\n  global x\n  x = 1\n  global x', 'def f(x):\n  global x', "import a.b as", 'from . import *',
 'def f():\n  from x import *', 'continue', 'x = (yield)', 'await x', 'async def f():\n  yield from x', 'def f():\n  return 1\n  yield', 'break\n',
 'if True:\n\tx = 1\n        y = 2', 'x = 1\n\n\n   \nprint(x', "print('unterminated)", 'x = 0b102', 'x = 0o8', 'x = 0xg', 'x = 1e', 'x = 1_', 'x = 01',
 'x = "\\N{foo}"', "b'\\xff\\u1234'", "b'é'", 'x = 1.2.3', 'match x:\n  case 1 | y:\n    pass', 'match x:\n  case {**a, **b}: pass', 'lambda x=1, y: 0', 'def f[T](): pass',
 'x: int = 1 = 2', 'with a as b as c: pass', 'for x in 1, 2 if y: pass', 'assert(x, "msg")', '(a, b) += 1', 'f() += 1', '"a" = 1', 'x.y: int += 1']
for src in srcs:
    try:
        compile(src, "s", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(repr(src), "other", type(e).__name__, e)
