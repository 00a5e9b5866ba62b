# A compiler (not parser) error's text is line `lineno` of the file the filename names, read as
# CPython's err_programtext does, whatever source was compiled; None when no such file.
import os

for name in (__file__, '<string>', os.path.join(os.path.dirname(__file__), 'no_such_file.py')):
    try:
        compile('x = 1\n\nreturn 5', name, 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, repr(e.text))
try:
    compile('def f():\n    x = 1\n    global x', __file__, 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, repr(e.text))
