# Language reference: simple statements (assert, assignment forms, del, global/nonlocal, import forms, raise forms, pass, return, type hints).
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print('AssertionError:', e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError args', e.args)
a, *b, c = range(5)
print(a, b, c)
*init, last = 'xyz'
print(init, last)
[p, (q, r)] = [1, (2, 3)]
print(p, q, r)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
x: int = 5
y: list[str]
print(__annotations__)
try:
    y
except NameError as e:
    print('NameError:', e)
l = [0, 1, 2, 3, 4]
del l[1], l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
import os.path
import collections.abc as cabc, math as m
from math import (sqrt,
                  pi as PI)
print(os.path.sep, cabc.Mapping.__name__, m.floor(2.5), sqrt(9), round(PI, 2))
def raiser(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError('with message')
    if kind == 3:
        raise ValueError('chained') from KeyError('cause')
    if kind == 4:
        try:
            raise OSError('inner')
        except OSError:
            raise
    raise TypeError('exceptions must derive from BaseException') if False else 42
for k in range(1, 6):
    try:
        raiser(k)
    except Exception as e:
        print(k, type(e).__name__, e.args, repr(e.__cause__))
def noreturn():
    pass
def bare_return():
    return
print(noreturn(), bare_return())
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 50; x <<= 1; x >>= 2; x |= 8; x &= 14; x ^= 1
print(x)
s = 'a'; s *= 3; s += 'b'
print(s)
t = (1,); t += (2,)
print(t)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print('TypeError:', e, tup)
