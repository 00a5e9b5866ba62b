# compile_command: code for complete input, None for input that needs more lines, SyntaxError.
import codeop

for source in ['x = 1', 'if x:', 'if x:\n    pass', 'if x:\n    pass\n', 'if x:\n    pass\n\n',
               'x = (1,', 'x = (1,\n2)', '"""abc', 'x = 1 \\', 'def f():\n  return 1\n', '', '# c',
               'x y', '1 +', 'a = [', 'for i in r:\n  print(i)\nelse:', 'x = )', 'if x:\npass', '@dec',
               'class A:\n  x=1\n  \n', 'lambda:', 'print(1)\n', 'x = 1\ny = 2', 'try:\n  x\n',
               'try:\n  x\nexcept:\n  y\n\n', 'if 9:\n  x\n  y = 1 +', 'while True:', 'with a as b:\n  c']:
    try:
        result = codeop.compile_command(source)
        print(repr(source), 'None' if result is None else type(result).__name__)
    except SyntaxError as e:
        print(repr(source), 'SyntaxError:', e.msg)
for source in ['x', '(x', 'x +', '', 'x\n', '[1,\n2']:
    try:
        result = codeop.compile_command(source, symbol='eval')
        print('eval', repr(source), 'None' if result is None else type(result).__name__)
    except SyntaxError as e:
        print('eval', repr(source), 'SyntaxError:', e.msg)
code = codeop.compile_command('print("ran")')
exec(code)
compiler = codeop.CommandCompiler()
print(compiler('if True:') is None, type(compiler('y = 2\n')).__name__)
ns = {}
exec(compiler('z = 40 + 2', '<mine>', 'exec'), ns)
print(ns['z'])
