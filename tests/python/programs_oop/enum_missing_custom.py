from enum import Enum, IntEnum, EnumMeta, auto

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return cls.UNKNOWN

print(Status("ACTIVE"), Status("Inactive"), Status(42))

class Strict(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return None
try:
    Strict(2)
except ValueError as e:
    print(type(e).__name__, e)

class Wrong(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Wrong(2)
except TypeError as e:
    print(type(e).__name__, e)

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.SOUTH.value)

class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    def __str__(self):
        return self.name.title()
    def __repr__(self):
        return f"Coin.{self.name}={self.value}"
print(Coin.PENNY, repr(Coin.NICKEL), [Coin.PENNY], f"{Coin.NICKEL}")

class Animal(Enum):
    DOG = 1
    CAT = 2
    _ignore_ = ["tmp"]
    tmp = 3
print(list(Animal))

Fruit = Enum("Fruit", "APPLE BANANA CHERRY")
print(list(Fruit), Fruit.BANANA.value, repr(Fruit.APPLE))
Fruit2 = Enum("Fruit2", [("KIWI", 10), ("LIME", 20)])
print(list(Fruit2), Fruit2(20))
Nums = IntEnum("Nums", {"ONE": 1, "TWO": 2})
print(Nums.TWO * 3, repr(Nums.ONE))
print(type(Status), isinstance(Status, EnumMeta))
print(Status.ACTIVE.__reduce_ex__(2)[0] is Status)

class Base(Enum):
    def describe(self):
        return f"{self.name}:{self.value}"
class Child(Base):
    X = 1
    Y = 2
print([c.describe() for c in Child])
try:
    class E(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    Status.ACTIVE.value = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(Status.ACTIVE.name in Status.__members__)
print(Status("nope").name)
Strict(9)
