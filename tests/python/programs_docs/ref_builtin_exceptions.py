# Built-in exceptions page: attributes of specific exceptions, OSError subclasses chosen by errno, the hierarchy, derive().
import errno
def show(e):
    print(type(e).__name__, repr(e), '|', e)
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EINTR, errno.ECHILD, errno.EAGAIN, 9999):
    e = OSError(code, 'message text')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, e.args)
e = OSError(errno.ENOENT, 'No such file or directory', 'missing.txt')
show(e)
e = OSError(errno.EXDEV, 'Invalid cross-device link', 'a', None, 'b')
show(e); print(e.filename, e.filename2)
show(OSError('just a message')); show(OSError()); show(OSError(1, 2, 3, 4, 5, 6))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
try:
    undefined_name
except NameError as e:
    print(e.name, e)
try:
    'x'.nope
except AttributeError as e:
    print(e.name, e.obj, e)
try:
    import nowhere_module
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
try:
    compile('x = (', 'file.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
print(SystemExit().code, SystemExit(1, 2).code, StopIteration(5).value, StopIteration().value, KeyError('k').args)
def gen():
    return 'returned'
    yield
try:
    next(gen())
except StopIteration as e:
    print('StopIteration.value', e.value)
print(str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)), str(Exception('x',)), repr(Exception('x',)))
e = ValueError('v')
e2 = e.with_traceback(None)
print(e is e2, e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
eg = MyGroup('mine', [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r), eg.message)
def names(cls, depth=0, out=None):
    out = [] if out is None else out
    out.append('  ' * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == 'builtins':
            names(sub, depth + 1, out)
    return out
tree = names(ArithmeticError) + names(LookupError) + names(Warning)
print('\n'.join(tree))
print([c.__name__ for c in OSError.__subclasses__() if c.__module__ == 'builtins'])
try:
    raise TypeError('bad') from ValueError('cause')
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
