# symtable: scopes, symbols and their flags for modules, functions, classes, lambdas, comprehensions
import symtable
SRC = '''
import os, sys as system
from collections import OrderedDict as OD
x: int = 1
y = [i * x for i in range(3)]
def outer(a, b=2, *args, c, d=4, **kw):
    global g
    count = 0
    g = a
    def inner(e):
        nonlocal count
        count += e
        return b + e
    lam = lambda q: q + a
    return inner, lam
@decor
class C(Base, metaclass=Meta):
    attr = 1
    def method(self):
        return super().method() + attr2
    def other(self):
        return __class__
gen = (z for z in y if z)
'''
top = symtable.symtable(SRC, 'src.py', 'exec')
def show(t, ind=''):
    print(ind, repr(t), t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children(), list(t.get_identifiers()))
    if t.get_type() == 'function':
        print(ind, '  params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(), 'nonlocals', t.get_nonlocals(), 'frees', t.get_frees())
    if t.get_type() == 'class':
        print(ind, '  methods', t.get_methods())
    for s in t.get_symbols():
        flags = [m for m in ['is_referenced','is_imported','is_parameter','is_global','is_nonlocal','is_declared_global','is_local','is_annotated','is_free','is_assigned','is_namespace'] if getattr(s, m)()]
        print(ind, '   ', repr(s), flags, [n.get_name() for n in s.get_namespaces()])
    for c in t.get_children():
        show(c, ind + '  ')
show(top)
try: top.lookup('nope')
except KeyError as e: print('KeyError', e)
print(type(top.get_id()).__name__)
SRC2 = '''
class Box:
    __secret = 1
    def __hidden(self):
        return self.__secret
    @property
    def value(self):
        return 1
    @value.setter
    def value(self, v):
        pass
def walrus(data):
    if (n := len(data)) > 2:
        pass
    return [y for x in data if (y := x * n)]
def trying():
    try:
        a = risky()
    except ValueError as err:
        b = err
    else:
        c = a
    finally:
        d = 1
'''
top2 = symtable.symtable(SRC2, 'src2.py', 'exec')
show(top2)
box = top2.lookup('Box').get_namespace()
print(box.get_methods(), top2.lookup('Box').get_namespace().get_name())
for bad in ['nonlocal x', 'def f(a):\n    global a', 'def f(a, a): pass', 'def f():\n    x = 1\n    global x']:
    try:
        symtable.symtable(bad, 'bad.py', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
e = symtable.symtable('a + b', 'e.py', 'eval')
print(repr(e), list(e.get_identifiers()), e.get_type())
try:
    symtable.symtable('x', 'x.py', 'bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    top2.lookup('walrus').get_namespace().lookup('n').get_namespace()
except ValueError as e:
    print('ValueError:', e)
