# Descriptor HOW TO, pure Python equivalents: object_getattribute, Property, MethodType, StaticMethod, ClassMethod, Member/__slots__.
import functools
from types import MethodType

def find_name_in_mro(cls, name, default):
    for base in cls.__mro__:
        if name in vars(base):
            return vars(base)[name]
    return default

null = object()
def object_getattribute(obj, name):
    objtype = type(obj)
    cls_var = find_name_in_mro(objtype, name, null)
    descr_get = getattr(type(cls_var), '__get__', null)
    if descr_get is not null:
        if (hasattr(type(cls_var), '__set__') or hasattr(type(cls_var), '__delete__')):
            return descr_get(cls_var, obj, objtype)
    if hasattr(obj, '__dict__') and name in vars(obj):
        return vars(obj)[name]
    if descr_get is not null:
        return descr_get(cls_var, obj, objtype)
    if cls_var is not null:
        return cls_var
    raise AttributeError(name)

class Property:
    "Emulate PyProperty_Type() in Objects/descrobject.c"
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self._name = ''
    def __set_name__(self, owner, name):
        self._name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError(f"property '{self._name}' has no getter")
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(f"property '{self._name}' has no setter")
        self.fset(obj, value)
    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError(f"property '{self._name}' has no deleter")
        self.fdel(obj)
    def getter(self, fget):
        prop = type(self)(fget, self.fset, self.fdel, self.__doc__)
        prop._name = self._name
        return prop
    def setter(self, fset):
        prop = type(self)(self.fget, fset, self.fdel, self.__doc__)
        prop._name = self._name
        return prop

class Cell:
    def __init__(self):
        self._v = 0
    @Property
    def value(self):
        "Recalculate the cell before returning value"
        return self._v * 2
    @value.setter
    def value(self, v):
        self._v = v
    @Property
    def ro(self):
        return 'read only'
c = Cell()
c.value = 21
print(c.value, Cell.value.__doc__, object_getattribute(c, 'value'), object_getattribute(c, '_v'))
try:
    c.ro = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del c.value
except AttributeError as e:
    print('AttributeError:', e)
class Real:
    @property
    def ro(self):
        return 1
try:
    Real().ro = 2
except AttributeError as e:
    print('AttributeError:', e)

class Function:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)
class D:
    def f(self, x):
        return x
d = D()
print(D.__dict__['f'].__qualname__, D.f.__qualname__, d.f.__func__ is D.f, d.f.__self__ is d, type(d.f).__name__)

class StaticMethod:
    def __init__(self, f):
        self.f = f
        functools.update_wrapper(self, f)
    def __get__(self, obj, objtype=None):
        return self.f
    def __call__(self, *args, **kwds):
        return self.f(*args, **kwds)
class ClassMethod:
    def __init__(self, f):
        self.f = f
        functools.update_wrapper(self, f)
    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return MethodType(self.f, cls)
class E:
    @StaticMethod
    def f(x):
        return x * 10
    @ClassMethod
    def g(cls, x):
        return cls.__name__, x
    @staticmethod
    def real_f(x):
        return x * 10
print(E.f(3), E().f(3), E.g(1), E().g(2), E.f.__name__, E.real_f(3), E.__dict__['g'].__name__)
class F(E):
    pass
print(F.g(3), type(E.__dict__['real_f']).__name__, E.__dict__['real_f'].__func__(4))

class Member:
    def __init__(self, name, clsname, offset):
        self.name = name
        self.clsname = clsname
        self.offset = offset
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = obj._slotvalues[self.offset]
        if value is null:
            raise AttributeError(f'{self.clsname!r} object has no attribute {self.name!r}')
        return value
    def __set__(self, obj, value):
        obj._slotvalues[self.offset] = value
    def __repr__(self):
        return f'<Member {self.name!r} of {self.clsname!r}>'
class Type(type):
    def __new__(mcls, clsname, bases, mapping, **kwargs):
        slot_names = mapping.get('slot_names', [])
        for offset, name in enumerate(slot_names):
            mapping[name] = Member(name, clsname, offset)
        return type.__new__(mcls, clsname, bases, mapping, **kwargs)
class Object:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        if hasattr(cls, 'slot_names'):
            empty_slots = [null] * len(cls.slot_names)
            object.__setattr__(inst, '_slotvalues', empty_slots)
        return inst
    def __setattr__(self, name, value):
        cls = type(self)
        if hasattr(cls, 'slot_names') and name not in cls.slot_names:
            raise AttributeError(f'{cls.__name__!r} object has no attribute {name!r}')
        super().__setattr__(name, value)
class H(Object, metaclass=Type):
    slot_names = ['x', 'y']
    def __init__(self, x, y):
        self.x = x
        self.y = y
h = H(10, 20)
print(h.x, h.y, H.x, vars(h))
try:
    h.z = 1
except AttributeError as e:
    print('AttributeError:', e)
class Real2:
    __slots__ = ('x',)
r = Real2()
try:
    r.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    r.y = 1
except AttributeError as e:
    print('AttributeError:', e)
print(repr(Real2.x).split(' at ')[0], type(Real2.x).__name__)
