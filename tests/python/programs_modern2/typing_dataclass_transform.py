# dataclass_transform (3.11) marks decorators, base classes and metaclasses.
from typing import dataclass_transform
import dataclasses


@dataclass_transform(kw_only_default=True, field_specifiers=(dataclasses.field,))
def model(cls):
    return dataclasses.dataclass(kw_only=True)(cls)


@model
class User:
    name: str
    age: int = 0


print(User(name="ann", age=3))
print({k: (v if k != "field_specifiers" else [f.__name__ for f in v]) for k, v in model.__dataclass_transform__.items()})


@dataclass_transform()
class ModelBase:
    def __init_subclass__(cls, *, frozen=False):
        cls.frozen = frozen


class Customer(ModelBase, frozen=True):
    id: int


print(ModelBase.__dataclass_transform__["eq_default"], Customer.frozen)


@dataclass_transform(order_default=True, custom=1)
class Meta(type):
    pass


print(sorted(Meta.__dataclass_transform__.items()))
try:
    User("ann")
except TypeError as e:
    print("TypeError:", e)
