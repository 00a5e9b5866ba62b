"""How the default excepthook shows a SyntaxError (CPython's C printer, not the traceback module):
only an exact SyntaxError is underlined to its end offset, an IndentationError gets one caret, and a
caret left of the stripped line ("unexpected indent") is not printed."""
import sys

sys.stderr = sys.stdout  # the hook writes to sys.stderr: show it here
sources = [
    'def f():\nreturn 1\n',
    'x = 1\n    y = 2\n',
    'if x:\n        a\n    b\n',
    'print "hello"\n',
    'x = (1 +\n 2 +)\n',
    'a = [1, 2,, 3]\n',
    'if x = 1:\n    pass\n',
    'for i in range(3)\n    print(i)\n',
    'def f(a=1, b):\n pass\n',
    'f(**x, *y)\n',
    'x = 1 if 2\n',
    'class A\n  pass\n',
    "d = {'a': 1, 'b'}\n",
    '1 = x\n',
    '(x for x in y) = 1\n',
    'async = 1\n',
    'async x = 1\n',
    'def f():\n    async = 2\n',
]
for src in sources:
    try:
        compile(src, "<golden>", "exec")
    except SyntaxError as e:
        sys.__excepthook__(type(e), e.with_traceback(None), None)
