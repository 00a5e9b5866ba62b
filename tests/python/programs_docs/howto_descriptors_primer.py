# Descriptor HOW TO, primer: Ten, DirectorySize-like computed values, LoggedAgeAccess, __set_name__, Validator.
from abc import ABC, abstractmethod

class Ten:
    def __get__(self, obj, objtype=None):
        return 10
class A:
    x = 5
    y = Ten()
a = A()
print(a.x, a.y, A.y)

class Counted:
    def __get__(self, obj, objtype=None):
        return len(obj.items)
class Box:
    size = Counted()
    def __init__(self, items):
        self.items = items
b = Box([1, 2, 3])
print(b.size)
b.items.append(4)
print(b.size)

log = []
class LoggedAgeAccess:
    def __get__(self, obj, objtype=None):
        value = obj._age
        log.append(('Accessing', 'age', value))
        return value
    def __set__(self, obj, value):
        log.append(('Updating', 'age', value))
        obj._age = value
class Person:
    age = LoggedAgeAccess()
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def birthday(self):
        self.age += 1
mary = Person('Mary M', 30)
dave = Person('David D', 40)
print(vars(mary), vars(dave), mary.age)
mary.birthday()
print(dave.name, log)

class LoggedAccess:
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name
    def __get__(self, obj, objtype=None):
        value = getattr(obj, self.private_name)
        print(f'Accessing {self.public_name!r} giving {value!r}')
        return value
    def __set__(self, obj, value):
        print(f'Updating {self.public_name!r} to {value!r}')
        setattr(obj, self.private_name, value)
class Person2:
    name = LoggedAccess()
    age = LoggedAccess()
    def __init__(self, name, age):
        self.name = name
        self.age = age
pete = Person2('Peter P', 10)
kate = Person2('Catherine C', 20)
print(vars(vars(Person2)['name']), vars(pete))
print(pete.name, kate.age)

class Validator(ABC):
    def __set_name__(self, owner, name):
        self.private_name = '_' + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private_name)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)
    @abstractmethod
    def validate(self, value):
        pass
class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'Expected {value!r} to be one of {sorted(self.options)!r}')
class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')
class String(Validator):
    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize = minsize
        self.maxsize = maxsize
        self.predicate = predicate
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f'Expected {self.predicate} to be true for {value!r}')
class Component:
    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)
    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity
for args in [('Widget', 'metal', 5), ('WIDGET', 'metle', 5), ('WIDGET', 'metal', -5), ('WIDGET', 'metal', 'V'), ('WI', 'wood', 1)]:
    try:
        c = Component(*args)
        print('ok', c.name, c.kind, c.quantity)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', str(e).split(' at 0x')[0])
c = Component('WIDGET', 'metal', 5)
print('ok', c.name, c.kind, c.quantity)
