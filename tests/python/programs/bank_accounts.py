class InsufficientFunds(Exception):
    pass
class Account:
    interest_rate = 0.0
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + interest, 2)
        return interest
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance:.2f})"
class SavingsAccount(Account):
    interest_rate = 0.03
class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(f"{self.owner}: over the overdraft limit")
        self.balance -= amount
        self.history.append(("withdraw", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(SavingsAccount, "alice", 1000)
bob = bank.open(CheckingAccount, "bob", 50)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(bank.transfer(alice, bob, 200))
print(bank.transfer(bob, carol, 300))
print(bank.transfer(bob, carol, 500))
try:
    carol.deposit(-5)
except ValueError as e:
    print("error:", e)
for acct in bank.accounts.values():
    print(acct, "interest:", acct.add_interest())
print("total: %.2f" % bank.total())
print(bob.history)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
