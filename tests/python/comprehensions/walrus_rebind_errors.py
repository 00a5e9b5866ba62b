# The symbol table's errors for assignment expressions in comprehensions, with CPython's
# locations (the target name, not the whole `name := value`).
sources = [
    '[x for x in data if (y := x) for y in data]',
    '[(x := 1) for x in data]',
    'class A:\n    [(z := 1) for x in data]',
    '[x for x in (y := data)]',
    '[[(j := 0) for i in data] for j in data]',
    '[(a, b) for a in data if (b := a) for c, b in data]',
]
for src in sources:
    try:
        compile(src, '<string>', 'exec')
        print('compiles:', src)
    except SyntaxError as e:
        print(e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
data = [1, 2, 3]
print([y for x in data if (y := x * 2) > 2], y)
print([[y for y in range(x)] for x in data if (y := x)], y)
