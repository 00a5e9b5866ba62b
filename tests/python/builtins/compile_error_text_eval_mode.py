# SyntaxError fields for source given as a string, as CPython sets them: eval and single input
# get no added final newline (so no '\n' in text, and an error at the end of the input has
# offset 0), and the compiler's own errors read their text from the file, so "<string>" has None.
for mode in ('eval', 'single', 'exec'):
    for src in ['1 +', '1 + ', 'a b', '(1', 'x = = 1', '1 +\n', 'def', 'return 5', '(yield)', 'nonlocal x']:
        try:
            compile(src, '<string>', mode)
        except SyntaxError as e:
            print(mode, repr(src), repr((e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)))
try:
    eval('2 * (3 +')
except SyntaxError as e:
    print(e, '|', e.text)
try:
    exec('def f():\n    pass\nreturn 1')
except SyntaxError as e:
    print(e, '|', e.text)
