# Data model 3.3.2: customizing attribute access (__getattr__, __getattribute__, __setattr__, __delattr__, __dir__, module __getattr__).
import sys, types
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('computed_'):
            return name[9:].upper()
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
l = Lazy()
print(l.real, l.computed_abc, getattr(l, 'missing', 'default'), hasattr(l, 'missing'))
try:
    l.missing
except AttributeError as e:
    print('AttributeError:', e)
class Logged:
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
    def __dir__(self):
        return ['zeta', 'alpha']
g = Logged()
g.x = 1
print(g.x)
del g.x
print(dir(g))
try:
    g.x
except AttributeError as e:
    print('AttributeError:', e)
class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Fallback().anything)
mod = types.ModuleType('verbose_mod')
def _getattr(name):
    if name == 'old_name':
        return 'new value via __getattr__'
    raise AttributeError(f"module {mod.__name__!r} has no attribute {name!r}")
mod.__getattr__ = _getattr
mod.__dir__ = lambda: ['a', 'old_name']
mod.a = 1
print(mod.old_name, mod.a, dir(mod))
try:
    mod.nothing
except AttributeError as e:
    print('AttributeError:', e)
class Slots:
    __slots__ = ('a', '__dict__')
s = Slots()
s.a = 1
s.b = 2
print(s.a, s.__dict__, Slots.__slots__)
class SlotsOnly:
    __slots__ = 'only'
try:
    SlotsOnly().other = 1
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(SlotsOnly(), '__dict__'), type(SlotsOnly.only).__name__)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}')
try:
    Frozen().x = 1
except AttributeError as e:
    print('AttributeError:', e)
f = Frozen()
object.__setattr__(f, 'x', 5)
print(f.x, vars(f))
class P:
    @property
    def v(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return f'__getattr__({name})'
print(P().v)
print(getattr(1, 'real'), getattr(int, '__name__'), setattr(f, '__doc__', None) if False else 'skip')
try:
    getattr(object(), 'x')
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Lazy().nothing
except AttributeError as e:
    print('AttributeError:', e)
