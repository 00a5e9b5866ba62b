class BankAccount:
    interest_rate = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"insufficient funds: {self._balance} < {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest_rate), 2)
    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self._balance})"

acct = BankAccount("Ann", 100)
acct.deposit(50).withdraw(30)
acct.add_interest()
print(acct, acct.balance)
for bad in [lambda: acct.deposit(-5), lambda: acct.withdraw(1000)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(acct.history)
