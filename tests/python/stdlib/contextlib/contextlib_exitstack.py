# ExitStack: callbacks, enter_context, pop_all, exception handling
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print('open', name)
    yield name
    print('close', name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback', 1)
    print('using', names)

with ExitStack() as stack:
    stack.callback(print, 'first registered')
    stack.callback(print, 'second registered')

def suppressing(*exc):
    print('exit saw', exc[0].__name__ if exc[0] else None)
    return True

with ExitStack() as stack:
    stack.push(suppressing)
    raise ValueError('suppressed by push')
print('continued')

with ExitStack() as stack:
    stack.enter_context(res('kept'))
    moved = stack.pop_all()
print('stack exited, moved not yet')
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(print, 'cleanup runs')
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError:', e)
