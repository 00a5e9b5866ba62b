import types
Base = types.new_class('Base', (), {}, lambda ns: ns.update(greet=lambda self: 'hi from ' + type(self).__name__))
Child = types.new_class('Child', (Base,))
print(Base.__name__, Child.__name__, Child.__mro__[1] is Base, Child().greet())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        ns['kw'] = sorted(kw.items())
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K = types.new_class('K', (), {'metaclass': Meta, 'flag': True})
print(type(K).__name__, K.made_by, K.kw)
meta, ns, kwds = types.prepare_class('X', (), {'metaclass': Meta, 'a': 1})
print(meta.__name__, type(ns).__name__, kwds)
print(types.resolve_bases((int, str)))
def fn(a, b=2):
    return a + b
print(fn.__code__.co_name, fn.__code__.co_argcount, fn.__code__.co_varnames[:2], fn.__defaults__)
