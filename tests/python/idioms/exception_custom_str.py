class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount
        super().__init__(balance, amount)
    def __str__(self):
        return f"cannot withdraw {self.amount}; balance is {self.balance}"

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account(100)
for amt in [30, 50, 40]:
    try:
        print("left:", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("error:", e)
        print("args:", e.args, "short by", e.amount - e.balance)
        print(repr(e))
