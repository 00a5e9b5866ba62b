# compile(..., 'single') echoes the value of every top-level expression statement through
# sys.displayhook, also inside compound statements, but not inside functions or classes.
import sys

shown = []
sys.displayhook = lambda value: shown.append(value)
g = {}
for src in ['1 + 1\n',
            'for i in range(3): i * 10\n',
            'if True:\n    "yes"\nelse:\n    "no"\n',
            'with open(__file__) as f: len("abc")\n',
            'try:\n    1/0\nexcept ZeroDivisionError:\n    "caught"\n',
            'def f():\n    "not echoed"\n    42\n',
            'class C:\n    7\n',
            'f()\n',
            'None\n',
            'while False: 1\n']:
    g['__file__'] = __file__
    exec(compile(src, '<single>', 'single'), g)
    print(repr(src), shown)
    shown.clear()
sys.displayhook = sys.__displayhook__
exec(compile('for c in "ab": c\n', '<single>', 'single'), g)
