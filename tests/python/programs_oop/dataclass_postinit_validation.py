from dataclasses import dataclass, field, fields, asdict, replace, InitVar
from datetime import date
from typing import List, Optional
import json

class ValidationError(ValueError):
    pass

@dataclass
class Address:
    street: str
    zip_code: str

    def __post_init__(self):
        if not (len(self.zip_code) == 5 and self.zip_code.isdigit()):
            raise ValidationError(f"bad zip code {self.zip_code!r}")

@dataclass(order=True)
class Employee:
    last: str
    first: str
    born: date = field(compare=False)
    salary: int = field(default=0, repr=False)
    skills: List[str] = field(default_factory=list, compare=False)
    address: Optional[Address] = field(default=None, compare=False)
    raise_pct: InitVar[int] = 0

    def __post_init__(self, raise_pct):
        if self.salary < 0:
            raise ValidationError("salary must be >= 0")
        self.salary = self.salary * (100 + raise_pct) // 100
        self.skills = sorted(set(s.lower() for s in self.skills))

    @property
    def age_in_2024(self):
        return 2024 - self.born.year - ((self.born.month, self.born.day) > (6, 30))

staff = [
    Employee("Smith", "Ann", date(1990, 3, 1), 5000, ["Python", "SQL", "python"]),
    Employee("Jones", "Bob", date(1985, 12, 24), 6000, raise_pct=10, address=Address("1 Elm", "12345")),
    Employee("Smith", "Al", date(2000, 7, 4), skills=["Go"]),
]
for e in sorted(staff):
    print(e, e.salary, e.age_in_2024)
print([f.name for f in fields(Employee)])
print(json.dumps(asdict(staff[1]), default=str, sort_keys=True))
promoted = replace(staff[0], salary=7000, raise_pct=5)
print(promoted.salary, promoted.skills, promoted == staff[0], promoted is staff[0])
for bad in [dict(last="X", first="Y", born=date(2000, 1, 1), salary=-1),
            dict(last="X", first="Y", born=date(2000, 1, 1), address=Address("2 Oak", "ABCDE"))]:
    try:
        Employee(**bad)
    except ValidationError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    Address("3 Pine", "1234")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Employee("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
by_skill = {}
for e in staff:
    for s in e.skills:
        by_skill.setdefault(s, []).append(e.first)
print(dict(sorted(by_skill.items())))
print(staff[0] < staff[1], max(staff).first, min(staff, key=lambda e: e.born).first)
