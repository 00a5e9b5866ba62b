class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance, self.amount = balance, amount

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account(100)
for amt in (30, 50):
    print("left", acct.withdraw(amt))
try:
    acct.withdraw(1000)
except InsufficientFunds as e:
    print("caught:", e, e.balance, e.amount)
finally:
    print("audit done")
acct.withdraw(21)
print("never printed")
