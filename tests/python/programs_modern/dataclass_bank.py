from __future__ import annotations
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum
from typing import Iterator
import itertools

class Kind(Enum):
    DEPOSIT = "D"
    WITHDRAWAL = "W"
    FEE = "F"

_ids = itertools.count(1)

@dataclass(frozen=True)
class Txn:
    kind: Kind
    amount: Decimal
    memo: str = ""
    id: int = field(default_factory=lambda: next(_ids), compare=False)
    def signed(self) -> Decimal:
        return self.amount if self.kind is Kind.DEPOSIT else -self.amount

class InsufficientFunds(Exception):
    def __init__(self, needed: Decimal, available: Decimal):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

@dataclass
class Account:
    owner: str
    txns: list[Txn] = field(default_factory=list)
    overdraft: Decimal = Decimal("0")

    @property
    def balance(self) -> Decimal:
        return sum((t.signed() for t in self.txns), Decimal("0"))

    def deposit(self, amount: str, memo: str = "") -> Txn:
        t = Txn(Kind.DEPOSIT, Decimal(amount), memo)
        self.txns.append(t)
        return t

    def withdraw(self, amount: str, memo: str = "") -> Txn:
        amt = Decimal(amount)
        if amt > self.balance + self.overdraft:
            raise InsufficientFunds(amt, self.balance)
        t = Txn(Kind.WITHDRAWAL, amt, memo)
        self.txns.append(t)
        return t

    def apply_interest(self, rate: str) -> None:
        interest = (self.balance * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if interest:
            self.txns.append(Txn(Kind.DEPOSIT, interest, "interest"))

    def statement(self) -> Iterator[str]:
        running = Decimal("0")
        for t in self.txns:
            running += t.signed()
            yield f"{t.id:>3} {t.kind.value} {t.signed():>+10} {running:>10} {t.memo}"

acct = Account("ann", overdraft=Decimal("50"))
acct.deposit("100.00", "salary")
acct.withdraw("30.50", "groceries")
acct.deposit("0.10")
acct.apply_interest("0.015")
try:
    acct.withdraw("500")
except InsufficientFunds as e:
    print(f"{type(e).__name__}: {e} (needed={e.needed!r})")
acct.withdraw("100", "rent")
print("\n".join(acct.statement()))
print(acct.balance, repr(acct.balance))
print(acct.txns[0])
print(acct.txns[0] == Txn(Kind.DEPOSIT, Decimal("100.00"), "salary"))
print(Account.__annotations__)
print(Txn.__dataclass_fields__["kind"].type)
print(sorted({t.kind for t in acct.txns}, key=lambda k: k.value))
acct.withdraw("1000", "car")
