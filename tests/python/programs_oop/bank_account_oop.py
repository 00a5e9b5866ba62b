from abc import ABC, abstractmethod
from decimal import Decimal

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account(ABC):
    _next_id = 1000
    interest = Decimal("0.00")

    def __init__(self, owner, balance=Decimal("0")):
        self.owner = owner
        self._balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += Decimal(amount)
        self.history.append(("dep", Decimal(amount)))
        return self

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.available():
            raise InsufficientFunds(amount, self.available())
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def available(self):
        return self._balance

    @abstractmethod
    def kind(self): ...

    def add_interest(self):
        gained = (self._balance * self.interest).quantize(Decimal("0.01"))
        self._balance += gained
        return gained

    def __repr__(self):
        return f"<{self.kind()} #{self.id} {self.owner}: {self._balance}>"

    def __lt__(self, other):
        return self._balance < other._balance

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = Decimal(overdraft)
    def available(self):
        return self._balance + self.overdraft
    def kind(self):
        return "Checking"

class Savings(Account):
    interest = Decimal("0.025")
    def kind(self):
        return "Savings"

accts = [Checking("ann", 50), Savings("bob", "1000.50"), Savings("cy", 20)]
accts[0].withdraw(120)
accts[1].deposit(99.5).withdraw("0.5")
for a in accts:
    print(a, a.available())
try:
    accts[2].withdraw(25)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, e.available, e.args)
try:
    accts[0].deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
print([a.add_interest() for a in accts])
print(sorted(accts), max(accts).owner)
print(accts[1].history)
try:
    accts[0].balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account("x")
except TypeError as e:
    print(type(e).__name__, e)
total = sum((a.balance for a in accts), Decimal(0))
print(f"total={total} avg={total / len(accts):.3f}")
print(isinstance(accts[0], Account), Savings.interest, Checking.interest, Account._next_id)
accts[2].withdraw(100)
