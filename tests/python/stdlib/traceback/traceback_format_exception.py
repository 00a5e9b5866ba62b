# format_exception (new and old signatures), format_exception_only, chained exceptions
import traceback, os

def clean(lines):
    me = os.path.abspath(__file__)
    return ''.join(lines).replace(me, 'FILE').replace(__file__, 'FILE')

try:
    try:
        raise KeyError('missing')
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as exc:
    err = exc
print(clean(traceback.format_exception(err)))
print(clean(traceback.format_exception(type(err), err, err.__traceback__)))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_exception_only(OSError(2, 'No such file')))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr('custom')))
e = ValueError('noted')
e.add_note('a note')
print(traceback.format_exception_only(e))
print(traceback.format_exception(ValueError('no tb')))
try:
    compile('x = (1,\n', 'snippet.py', 'exec')
except SyntaxError as se:
    print(traceback.format_exception_only(se))
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 2, 5, '  a b c\n', 2, 4))))
