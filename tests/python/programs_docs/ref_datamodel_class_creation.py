# Data model 3.3.3: customizing class creation (__init_subclass__, __set_name__, __prepare__, __mro_entries__, __class_getitem__).
class Philosopher:
    def __init_subclass__(cls, /, default_name, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default_name = default_name
class AustralianPhilosopher(Philosopher, default_name="Bruce"):
    pass
print(AustralianPhilosopher.default_name)
try:
    class NoName(Philosopher):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Extra(object, flavor='x'):
        pass
except TypeError as e:
    print('TypeError:', e)

class A:
    x = C = None
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class B:
    first = Named()
    second = Named()
B.late = Named()
print(hasattr(B.late, 'name'), B.first.name)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare', name, bases, kwargs)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kwargs):
        print('new', name, [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class WithMeta(metaclass=OrderedMeta, option=True):
    b = 1
    a = 2
    def m(self):
        return injected if False else self.injected
print(WithMeta().m(), type(WithMeta).__name__)

class Base:
    pass
class Proxy:
    def __mro_entries__(self, bases):
        return (Base,)
class Derived(Proxy()):
    pass
print([c.__name__ for c in Derived.__mro__], Derived.__orig_bases__[0].__class__.__name__)

class GenericLike:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]'
print(GenericLike[int], GenericLike['x'], list[int], dict[str, list[int]], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, tuple[int, ...])

class Meta(type):
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __instancecheck__(cls, instance):
        return isinstance(instance, int) or type.__instancecheck__(cls, instance)
    def __subclasscheck__(cls, sub):
        return sub is bool or type.__subclasscheck__(cls, sub)
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
class Counted(metaclass=Meta):
    def __init__(self, v):
        self.v = v
c = Counted(5)
print(c.v, isinstance(3, Counted), isinstance('s', Counted), issubclass(bool, Counted), issubclass(str, Counted), Counted)
def __init__(self, x):
    self.x = x
Dyn = type('Dyn', (object,), {'__init__': __init__, 'double': lambda self: self.x * 2, '__doc__': 'made by type()'})
print(Dyn(21).double(), Dyn.__doc__, Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
import types
Ns = types.new_class('Ns', (), {}, lambda ns: ns.update(v=7))
print(Ns.v, types.resolve_bases((Proxy(), int)), types.prepare_class('P', (), {'metaclass': OrderedMeta})[0].__name__)
