# Language reference: compound statements (with several items, try/finally return, for/while else, class decorators, nested functions).
from contextlib import contextmanager
@contextmanager
def cm(name):
    print('enter', name)
    try:
        yield name.upper()
    finally:
        print('exit', name)
with cm('a') as A, cm('b') as B:
    print('body', A, B)
with (
    cm('x') as X,
    cm('y'),
):
    print('parenthesized', X)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit with', et.__name__ if et else None)
        return True
with Suppress():
    raise ValueError
print('after suppressed')
def f():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(g())
def h():
    try:
        raise KeyError
    except KeyError:
        return 'except'
    else:
        return 'else'
    finally:
        print('h finally')
print(h())
for i in range(3):
    pass
else:
    print('for else', i)
n = 0
while n < 3:
    n += 1
    if n == 5:
        break
else:
    print('while else', n)
for item in []:
    print('never')
else:
    print('empty for still runs else')
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
try:
    pass
except Exception:
    pass
else:
    print('try else')
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for x in gen():
    print(x)
    break
print('after break')
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print('NameError:', err)
def outer():
    x = 'outer'
    class Inner:
        x = 'class'
        def m(self):
            return x
    return Inner().m(), Inner.x
print(outer())
match [1, [2, 3]]:
    case [a, [b, *rest]] if a < b:
        print('nested match', a, b, rest)
