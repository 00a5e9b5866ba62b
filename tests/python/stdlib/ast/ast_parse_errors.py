# parse raises SyntaxError with CPython's message and position.
import ast

for source in ["x = (1, 2", "def f(:\n    pass", "1 +", "return", "x y", "else: pass", "f(**a, *b)"]:
    try:
        ast.parse(source, filename='<bad>')
        print('parsed', repr(source))
    except SyntaxError as e:
        print(repr(source), e.msg, e.filename, e.lineno)
