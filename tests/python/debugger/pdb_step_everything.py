# Stepping ('step' at every stop) through a typical teaching program: a class with a property
# and __repr__, recursion, a raised and caught exception, a while loop, a dict comprehension,
# a with statement, an f-string. Every call, line and return, as pdb shows them.
from pdbsupport import debugger, load

ns = load('teach', '''\
import math

class Account:
    rate = 0.05

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    @property
    def interest(self):
        return round(self.balance * self.rate, 2)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

class Resource:
    def __repr__(self):
        return 'Resource()'

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def stats(values):
    total = 0
    count = 0
    while count < len(values):
        total += values[count]
        count += 1
    mean = total / count
    squares = {v: v * v for v in values if v % 2}
    with Resource() as res:
        res.used = True
    return mean, squares, math.sqrt(mean)

def main():
    acct = Account("ada", 10)
    acct.deposit(5)
    try:
        acct.deposit(-1)
    except ValueError as err:
        msg = str(err)
    f = fact(3)
    s = stats([1, 2, 3])
    return acct, acct.interest, msg, f, s
''')
print(debugger("\n".join(['s'] * 150) + "\nc\n").runcall(ns['main']))
