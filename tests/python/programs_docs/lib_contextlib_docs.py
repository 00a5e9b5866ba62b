# contextlib: contextmanager, closing, suppress, redirect_stdout, ExitStack callbacks, nullcontext, chdir-free examples.
from contextlib import (contextmanager, closing, suppress, redirect_stdout, redirect_stderr, ExitStack,
                        nullcontext, AbstractContextManager, ContextDecorator)
import io

@contextmanager
def managed_resource(*args, **kwds):
    print('acquire', args, kwds)
    try:
        yield 'resource'
    finally:
        print('release')
with managed_resource(timeout=3600) as resource:
    print('using', resource)
try:
    with managed_resource(1) as r:
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)

@contextmanager
def tag(name):
    print("<%s>" % name, end='')
    yield
    print("</%s>" % name)
with tag("h1"):
    print("foo", end='')

class Thing:
    def close(self):
        print('closed thing')
with closing(Thing()) as t:
    print('using thing')
with suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')
f = io.StringIO()
with redirect_stdout(f):
    help_text = 'captured'
    print(help_text)
print(repr(f.getvalue()))
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    print('body done')
def cleanup_resources():
    print('cleanup')
with ExitStack() as stack:
    stack.callback(cleanup_resources)
    stack.pop_all()
print('no cleanup after pop_all')
stack = ExitStack()
stack.enter_context(tag('b'))
print('inside', end='')
stack.close()
class track_entry_and_exit(ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('Entering:', self.name)
    def __exit__(self, exc_type, exc, exc_tb):
        print('Exiting:', self.name)
@track_entry_and_exit('widget loader')
def activity():
    print('Some time consuming activity goes here')
activity()
def myfunction(arg, ignore_exceptions=False):
    cm = suppress(Exception) if ignore_exceptions else nullcontext()
    with cm:
        return 1 / arg
print(myfunction(0, True), myfunction(4))
with nullcontext('value') as v:
    print(v)
class Res(AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])
with Res() as r:
    print(type(r).__name__)
with ExitStack() as stack:
    stack.push(lambda *exc: print('pushed exit sees', exc[0].__name__) or True)
    raise KeyError('swallowed')
print('after swallowed')
@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
