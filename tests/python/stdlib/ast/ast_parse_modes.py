# parse modes: exec, eval, single; the returned classes and their fields.
import ast

print(ast.dump(ast.parse("x = 1\ny = 2")))
print(ast.dump(ast.parse("x + 1", mode='eval')))
print(ast.dump(ast.parse("x + 1", mode='single')))
print(ast.dump(ast.parse("for i in r:\n    print(i)\n", mode='single')))
print(ast.dump(ast.parse(b"x = 'bytes source'\n")))
print(ast.dump(ast.parse("")))
print(type(ast.parse("1", mode='eval')).__name__, type(ast.parse("1", mode='single')).__name__)
try:
    ast.parse("x", mode='nope')
except ValueError as e:
    print('ValueError:', e)
