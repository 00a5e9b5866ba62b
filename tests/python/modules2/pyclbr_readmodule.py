# pyclbr.readmodule_ex describes a module's classes and functions from its source, via ast
import os
import pyclbr
import sys
import tempfile

SAMPLE = '''
import textwrap

class Base:
    def method(self):
        pass

    @property
    def prop(self):
        return 1

class Child(Base, textwrap.TextWrapper, Unknown):
    class Inner:
        def deep(self):
            def deeper():
                pass

    async def amethod(self):
        pass

    def __private(self):
        pass

def top(a, b):
    class Local:
        pass
    return a

async def atop():
    pass

if True:
    def not_top():
        pass
'''

def show(o, indent=''):
    kind = type(o).__name__
    if kind == 'Class':
        sup = [s if isinstance(s, str) else ('Class', s.name, s.module) for s in o.super]
        extra = 'super=%r methods=%r' % (sup, o.methods)
    else:
        extra = 'is_async=%r' % o.is_async
    print(indent, kind, o.name, o.module, o.lineno, o.end_lineno, o.parent.name if o.parent else None, extra,
          os.path.basename(o.file))
    for c in o.children.values():
        show(c, indent + '  ')

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'sample_mod_for_pyclbr.py'), 'w') as f:
        f.write(SAMPLE)
    os.mkdir(os.path.join(d, 'pkg_for_pyclbr'))
    with open(os.path.join(d, 'pkg_for_pyclbr', '__init__.py'), 'w') as f:
        f.write('def init_func():\n    pass\n')
    with open(os.path.join(d, 'pkg_for_pyclbr', 'sub.py'), 'w') as f:
        f.write('from . import init_func\nclass S(object):\n    x = 1\n')
    tree = pyclbr.readmodule_ex('sample_mod_for_pyclbr', [d])
    for name, obj in tree.items():
        print(name)
        show(obj)
    print(list(pyclbr.readmodule('sample_mod_for_pyclbr', [d])))
    pkg = pyclbr.readmodule_ex('pkg_for_pyclbr', [d])
    print(sorted(pkg), [os.path.basename(p) for p in pkg['__path__']])
    sub = pyclbr.readmodule_ex('pkg_for_pyclbr.sub', [d])
    print(sorted(sub), sub['S'].super, sub['S'].module)
try:
    pyclbr.readmodule_ex('no_such_module_for_pyclbr')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
print(pyclbr.readmodule_ex('sys'), pyclbr.__all__)
print(sorted(n for n in pyclbr.readmodule_ex('json') if not n.startswith('_')))
f = pyclbr.Function('m', 'f', 'file.py', 3, end_lineno=4)
c = pyclbr.Class('m', 'C', None, 'file.py', 1)
m = pyclbr._nest_function(c, 'meth', 2, 3)
print(f.children, f.parent, c.super, c.methods, m.parent is c, c.children['meth'] is m)
