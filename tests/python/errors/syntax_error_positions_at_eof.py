"""SyntaxError positions at the end of input (CPython's end marker: the end of the last line read,
no end offset) and at a bare 'except' (expected ':'), as compile() reports them."""
srcs = [
    'try:\n  pass\n\n',
    'try:\n  pass\n',
    'try:\n  pass',
    'try:\n    x = 1\n# c\n',
    'x = 1 +',
    'x = 1 +\n',
    'for x in y',
    'for x in y\n',
    'def f()',
    'class A',
    'if x',
    'while x\n\n',
    'lambda',
    'x = [1, 2',
    'import',
    'from x import',
    'with open(f) as',
    'x =',
    'del',
    'assert',
    'try:\n    pass\nexcept',
    'match x:\n',
    'print(1,',
    '@dec\n',
    'x: ',
    'if x:\n  pass\nelif',
    'a, *b, = 1\nf(',
    'try:\n    pass\nexcept',
    'try:\n    pass\nexcept\n',
    'try:\n    pass\nexcept\n    pass\n',
    'try:\n    pass\nexcept ValueError\n    pass\n',
    'try:\n    pass\nfinally\n    pass\n',
    'try\n    pass\n',
    'try:\n    pass\nexcept*\n',
    'try:\n    pass\nelse\n',
]
for src in srcs:
    try:
        compile(src, "s", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
