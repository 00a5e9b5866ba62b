# Exercism-style: classes that raise with exact messages, tested by a tiny runner
class BankAccount:
    def __init__(self):
        self._open = False
        self._balance = 0

    def _check(self):
        if not self._open:
            raise ValueError("account not open")

    def get_balance(self):
        self._check()
        return self._balance

    def open(self):
        if self._open:
            raise ValueError("account already open")
        self._open, self._balance = True, 0

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("amount must be greater than 0")
        self._balance += amount

    def withdraw(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("amount must be greater than 0")
        if amount > self._balance:
            raise ValueError("amount must be less than balance")
        self._balance -= amount

    def close(self):
        self._check()
        self._open = False


def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(f"{label:<24} ok {r!r}")
    except ValueError as err:
        print(f"{label:<24} {type(err).__name__}: {err.args[0]}")


acct = BankAccount()
attempt("balance before open", acct.get_balance)
attempt("open", acct.open)
attempt("open twice", acct.open)
attempt("deposit 100", acct.deposit, 100)
attempt("deposit -5", acct.deposit, -5)
attempt("withdraw 30", acct.withdraw, 30)
attempt("withdraw 500", acct.withdraw, 500)
attempt("balance", acct.get_balance)
attempt("close", acct.close)
attempt("deposit after close", acct.deposit, 1)


class Clock:
    def __init__(self, hour, minute):
        self.total = (hour * 60 + minute) % 1440

    def __repr__(self):
        return f"Clock({self.total // 60}, {self.total % 60})"

    def __str__(self):
        return "{:02d}:{:02d}".format(*divmod(self.total, 60))

    def __eq__(self, other):
        return self.total == other.total

    def __add__(self, minutes):
        return Clock(0, self.total + minutes)

    def __sub__(self, minutes):
        return Clock(0, self.total - minutes)


print(Clock(8, 0), Clock(11, 9), Clock(24, 0), Clock(25, 160), Clock(-1, 15), Clock(-25, -160), Clock(1, -4820))
print(Clock(10, 0) + 61, Clock(0, 30) - 60, repr(Clock(6, 15) - 3000), Clock(15, 37) == Clock(-33, 637), [Clock(2, 5)])


def triangle_kind(a, b, c):
    sides = sorted((a, b, c))
    if sides[0] <= 0 or sides[0] + sides[1] < sides[2]:
        raise ValueError("invalid triangle")
    return {1: "equilateral", 2: "isosceles", 3: "scalene"}[len(set(sides))]


for sides in [(2, 2, 2), (3, 4, 4), (3, 4, 5), (0, 0, 0), (1, 1, 3), (0.5, 0.4, 0.6)]:
    attempt(f"triangle{sides}", triangle_kind, *sides)
