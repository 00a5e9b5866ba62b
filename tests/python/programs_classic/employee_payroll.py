from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from typing import List

TAX_BANDS = [(Decimal("12570"), Decimal("0")), (Decimal("50270"), Decimal("0.20")), (Decimal("125140"), Decimal("0.40")),
             (None, Decimal("0.45"))]


def income_tax(salary):
    tax, lower = Decimal(0), Decimal(0)
    for upper, rate in TAX_BANDS:
        top = salary if upper is None else min(salary, upper)
        if top > lower:
            tax += (top - lower) * rate
        if upper is None or salary <= upper:
            break
        lower = upper
    return tax.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    dept: str
    salary: Decimal
    skills: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.salary = Decimal(self.salary)
        self.sort_key = (self.dept, -self.salary)

    @property
    def monthly_net(self):
        return ((self.salary - income_tax(self.salary)) / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def give_raise(self, pct):
        self.salary = (self.salary * (1 + Decimal(pct) / 100)).quantize(Decimal("1"))
        self.__post_init__()


staff = [Employee("Ava", "eng", "85000", ["python", "sql"]), Employee("Ben", "eng", "62000"),
         Employee("Cara", "ops", "41000", ["excel"]), Employee("Dan", "ops", "12000"),
         Employee("Eve", "exec", "150000", ["strategy"])]
print(f"{'name':<6}{'dept':<6}{'salary':>10}{'tax':>11}{'net/month':>11}")
for e in sorted(staff):
    print(f"{e.name:<6}{e.dept:<6}{e.salary:>10,}{income_tax(e.salary):>11,}{e.monthly_net:>11,}")
total = sum(e.salary for e in staff)
print("payroll:", total, "average:", (total / len(staff)).quantize(Decimal("0.01")), type(total).__name__)
staff[1].give_raise("7.5")
print(staff[1], staff[1].monthly_net)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(max(staff, key=lambda e: e.salary).name, min(staff).name, staff[0] < staff[1], staff[0] == Employee("Ava", "eng", "85000"))
print(Decimal("0.1") * 3, Decimal("1") / Decimal("7"), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal("-0"))
print(repr(Decimal("3.14")), Decimal(3.14) == Decimal("3.14"), Decimal("1.10") + Decimal("2.205"), round(Decimal("2.675"), 2))
