# Tutorial 9.5-9.7: inheritance, multiple inheritance, private name mangling, odds and ends.
from dataclasses import dataclass

class Base:
    def greet(self):
        return 'Base.greet -> ' + self.name()
    def name(self):
        return 'base'
class Derived(Base):
    def name(self):
        return 'derived'
print(Derived().greet(), isinstance(Derived(), Base), issubclass(bool, int), issubclass(float, int))

class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B>' + super().who()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)

    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)

    __update = update

class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values):
            self.items_list.append(item)

m = MappingSubclass([1, 2])
m.update('ab', [3, 4])
print(m.items_list)
print(sorted(k for k in vars(Mapping) if 'update' in k))
try:
    m.__update
except AttributeError as e:
    print('AttributeError:', e)
print(m._Mapping__update.__name__)

@dataclass
class Employee:
    name: str
    dept: str
    salary: int

john = Employee('john', 'computer lab', 1000)
print(john.dept, john.salary, john)
