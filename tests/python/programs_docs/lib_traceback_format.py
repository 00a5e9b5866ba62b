# traceback: format_list, format_exception_only, TracebackException, StackSummary from fixed tuples (no file paths).
import traceback
print(traceback.format_list([('spam.py', 3, '<module>', 'spam.eggs()'), ('eggs.py', 42, 'eggs', 'return "bacon"')]))
summary = traceback.StackSummary.from_list([('a.py', 1, 'f', 'g()'), ('b.py', 20, 'g', None)])
print(''.join(summary.format()), end='')
fs = summary[0]
print(fs.filename, fs.lineno, fs.name, fs.line, repr(fs))
for exc in (ValueError('bad value'), KeyError('k'), ZeroDivisionError(), OSError(2, 'No such file or directory', 'x.txt')):
    print(traceback.format_exception_only(type(exc), exc), traceback.format_exception_only(exc))
try:
    compile('a b', 'example.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    compile('x = (1,\n2', 'example.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
class MyError(Exception):
    pass
e = MyError('custom')
e.add_note('a note')
print(traceback.format_exception_only(e))
te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, list(te.format_exception_only()), str(te))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('wrapped') from z
except ValueError as v:
    te = traceback.TracebackException.from_exception(v)
    lines = list(te.format())
    print(len([l for l in lines if l.startswith('Traceback')]), lines[-1], te.__cause__.exc_type.__name__)
    print([l for l in lines if 'direct cause' in l])
print(traceback.format_exception_only(BaseExceptionGroup('grp', [ValueError(1)])))
loop = ValueError('loop')
other = KeyError('other')
loop.__context__ = other
other.__context__ = loop
te = traceback.TracebackException.from_exception(loop)
print(repr(te.__context__.__context__), te.__context__.exc_type.__name__)
te = traceback.TracebackException.from_exception(ExceptionGroup('eg', [ValueError('v'), TypeError('t')]))
print([str(x) for x in te.exceptions], [x.exc_type.__name__ for x in te.exceptions])
try:
    compile('1 +', 'prog.py', 'exec')
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, repr(te.text), te.offset, te.msg)
class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(Unprintable()))
