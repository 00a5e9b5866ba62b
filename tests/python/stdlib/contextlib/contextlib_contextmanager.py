# @contextmanager: enter/exit, exceptions inside the block, reuse as a decorator
from contextlib import contextmanager

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('p') as t:
    print('inside', t)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print('swallowed', e)

with swallow():
    1 / 0
print('after swallow')

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2

print(decorated(21), decorated.__name__)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
print(tag.__name__, tag('x').__doc__ is None or True)
