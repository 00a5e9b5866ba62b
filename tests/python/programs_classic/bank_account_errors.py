class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

    @property
    def shortfall(self):
        return self.amount - self.balance


class AccountFrozen(Exception):
    """Raised when a frozen account is used."""


class Account:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        if balance < 0:
            raise ValueError("initial balance must be non-negative")
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.number = Account._next_number
        Account._next_number += 1
        self.transactions = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        raise AttributeError("use deposit() or withdraw()")

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance += amount
        self.transactions.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.transactions.append(("withdraw", amount))
        return self

    def add_interest(self):
        self.deposit(round(self._balance * self.interest_rate, 2))

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} ${self._balance:>10,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([t for t in self.transactions if t[0] == "withdraw"]) >= 2:
            raise PermissionError("savings accounts allow two withdrawals")
        return super().withdraw(amount)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"  transfer failed: {e} (short by {e.shortfall:.2f})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after transfer attempt: {src.balance:.2f} / {dst.balance:.2f}")


a = Account("alice", 100)
b = SavingsAccount("bob", 2500.5)
print(a, b, sep="\n")
print(repr(a), repr(b))
a.deposit(50).withdraw(30).deposit(1234.567)
print(a, a.transactions)
print(transfer(a, b, 5000), transfer(b, a, 100))
for op in (lambda: a.deposit(-5), lambda: setattr(a, "balance", 10), lambda: Account("x", -1),
           lambda: b.withdraw(1), lambda: b.withdraw(1)):
    try:
        op()
    except (ValueError, AttributeError, PermissionError) as e:
        print(type(e).__name__, "-", e)
b.add_interest()
a.add_interest()
print(b, a, sep=" | ")
a.frozen = True
try:
    a.deposit(1)
except AccountFrozen as e:
    print(repr(e), e.args, AccountFrozen.__doc__, AccountFrozen.__mro__[1].__name__)
err = InsufficientFunds(10, 20)
print(err, repr(err), err.args, err.shortfall, isinstance(err, Exception))
print(Account.interest_rate, SavingsAccount.interest_rate, b.interest_rate, Account._next_number)
print(sorted([a, b], key=lambda acc: acc.balance))
a.frozen = False
a.withdraw(10 ** 6)
