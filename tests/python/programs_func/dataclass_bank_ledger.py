from dataclasses import dataclass, field, asdict
from decimal import Decimal
from enum import Enum
from typing import List
from functools import reduce
import json

class Kind(str, Enum):
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    FEE = "fee"

@dataclass(frozen=True, order=True)
class Entry:
    day: int
    kind: Kind = field(compare=False)
    amount: Decimal = field(compare=False)
    memo: str = field(default="", compare=False)

    def signed(self):
        return self.amount if self.kind is Kind.DEPOSIT else -self.amount

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount

@dataclass
class Account:
    owner: str
    entries: List[Entry] = field(default_factory=list)

    @property
    def balance(self):
        return reduce(lambda acc, e: acc + e.signed(), sorted(self.entries), Decimal("0.00"))

    def post(self, day, kind, amount, memo=""):
        amount = Decimal(amount)
        if kind is not Kind.DEPOSIT and amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.entries.append(Entry(day, kind, amount, memo))
        return self

acct = Account("ada")
acct.post(1, Kind.DEPOSIT, "100.00", "salary").post(3, Kind.WITHDRAWAL, "30.50").post(2, Kind.FEE, "1.25", "monthly")
print(acct.balance)
try:
    acct.post(4, Kind.WITHDRAWAL, "500")
except InsufficientFunds as e:
    print(type(e).__name__, e, e.balance, e.amount)
for e in sorted(acct.entries):
    print(f"day {e.day}: {e.kind.value:<10} {e.signed():>8} {e.memo!r}")
print(acct)
print(json.dumps(asdict(acct), default=str, indent=1))
print(Kind("fee"), Kind.FEE == "fee", Kind.DEPOSIT.upper(), sorted(Kind))
by_kind = {}
for e in acct.entries:
    by_kind.setdefault(e.kind, []).append(e.amount)
print({k.name: sum(v) for k, v in by_kind.items()})
print(max(acct.entries, key=lambda e: e.amount).memo, min(acct.entries).day)
e0 = acct.entries[0]
try:
    e0.amount = Decimal(0)
except AttributeError as err:
    print(type(err).__name__, err)
print(hash(e0) == hash(Entry(1, Kind.FEE, Decimal(5))), e0 == Entry(1, Kind.FEE, Decimal(5)))
acct.post(5, Kind.WITHDRAWAL, "1000")
