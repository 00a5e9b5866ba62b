# A bank account class whose methods validate input and raise custom exceptions with chaining.
class BankError(Exception):
    """Base class for account problems."""

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

class FrozenAccount(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0.0):
        if not isinstance(owner, str):
            raise TypeError(f"owner must be str, not {type(owner).__name__}")
        self.owner = owner
        self.balance = float(balance)
        self.frozen = False
        self.history = []

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        try:
            self.withdraw(amount)
        except BankError as e:
            raise RuntimeError(f"transfer {self.owner}->{other.owner} failed") from e
        other.deposit(amount)

a = Account("ann", 100)
b = Account("ben")
ops = [
    lambda: a.deposit(50),
    lambda: a.deposit(-5),
    lambda: a.withdraw(500),
    lambda: a.transfer(b, 70),
    lambda: a.transfer(b, 1000),
    lambda: b.deposit("ten"),
    lambda: Account(42),
    lambda: Account("cy", "lots"),
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "ok", a.balance, b.balance)
    except RuntimeError as e:
        print(i, "RuntimeError:", e)
        print("   cause:", type(e.__cause__).__name__, e.__cause__)
        print("   suppress:", e.__suppress_context__, e.__context__ is e.__cause__)
    except BankError as e:
        print(i, type(e).__name__, e, e.args)
    except (ValueError, TypeError) as e:
        print(i, type(e).__name__, e)

b.frozen = True
try:
    b.withdraw(1)
except FrozenAccount as e:
    print("frozen:", repr(e), str(e), isinstance(e, BankError), isinstance(e, Exception))
try:
    raise InsufficientFunds(1, 2)
except BankError as e:
    print(e.balance, e.amount, repr(e))
print(a.history, b.history)
a.transfer(b, 5000)
