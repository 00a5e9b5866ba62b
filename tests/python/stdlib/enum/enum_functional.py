from enum import Enum, IntEnum, EnumMeta, EnumType, Flag


Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal.__name__)
Pets = Enum('Pets', ['DOG', 'CAT'], start=10)
print(list(Pets))
Sizes = Enum('Sizes', [('S', 1), ('M', 5), ('L', 9)])
print(list(Sizes), Sizes(5))
Codes = IntEnum('Codes', {'OK': 200, 'NOT_FOUND': 404})
print(list(Codes), Codes.OK + 1, Codes(404))
Commas = Enum('Commas', 'a, b, c')
print([m.name for m in Commas])
Bits = Flag('Bits', 'ONE TWO FOUR')
print(list(Bits), repr(Bits.ONE | Bits.FOUR))
print(EnumMeta is EnumType, type(Animal) is EnumType, isinstance(Animal, EnumMeta))
print(Animal.__module__)


class Base(Enum):
    def describe(self):
        return '%s=%r' % (self.name, self.value)


class Child(Base):
    X = 1
    Y = 2


print([c.describe() for c in Child], Child.X.describe())
print(dir(Child))
print(Child.X.__class__.__mro__)
