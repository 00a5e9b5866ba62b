from dataclasses import dataclass, field, InitVar, fields, asdict
from typing import ClassVar, List

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.05
    count: ClassVar[int] = 0
    history: List[float] = field(default_factory=list)

    def __post_init__(self, rate):
        Account.count += 1
        self.balance += self.balance * rate
        self.history.append(self.balance)

a = Account("ann", 100)
b = Account("bob", 200, 0.1)
print(a)
print(b)
print(Account.count)
print([f.name for f in fields(Account)])
print(asdict(b))
print(Account.__dataclass_fields__["rate"]._field_type if hasattr(Account.__dataclass_fields__["rate"], "_field_type") else None)
print(Account.__annotations__)
print(repr(InitVar[int]))
print(hasattr(a, "rate"), Account.rate)

@dataclass
class Temp:
    celsius: float
    scale: InitVar[str] = "C"
    def __post_init__(self, scale):
        if scale == "F":
            self.celsius = round((self.celsius - 32) * 5 / 9, 2)
print(Temp(212, "F"), Temp(30))
try:
    Temp()
except TypeError as e:
    print(type(e).__name__, e)
