from datetime import date, timedelta


class Transaction:
    counter = 0

    def __init__(self, kind, amount, when):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind = kind
        self.amount = amount
        self.when = when

    def __repr__(self):
        return f"Transaction(#{self.id}, {self.kind!r}, {self.amount:.2f}, {self.when.isoformat()})"


class ATM:
    def __init__(self, pin, balance, daily_limit=500):
        self._pin = pin
        self.balance = balance
        self.daily_limit = daily_limit
        self.history = []
        self.withdrawn_today = {}
        self.attempts = 0
        self.locked = False

    def login(self, pin):
        if self.locked:
            return "card retained"
        if pin == self._pin:
            self.attempts = 0
            return "ok"
        self.attempts += 1
        if self.attempts >= 3:
            self.locked = True
            return "card retained"
        return f"wrong pin ({3 - self.attempts} tries left)"

    def withdraw(self, amount, when):
        if amount % 20:
            raise ValueError("amount must be a multiple of 20")
        used = self.withdrawn_today.get(when, 0)
        if used + amount > self.daily_limit:
            raise PermissionError(f"daily limit: {self.daily_limit - used} left today")
        if amount > self.balance:
            raise ArithmeticError("insufficient funds")
        self.balance -= amount
        self.withdrawn_today[when] = used + amount
        self.history.append(Transaction("withdraw", amount, when))
        notes = {}
        rest = amount
        for note in (100, 50, 20):
            notes[note], rest = divmod(rest, note)
        return {k: v for k, v in notes.items() if v}

    def deposit(self, amount, when):
        self.balance += amount
        self.history.append(Transaction("deposit", amount, when))

    def statement(self):
        print(f"{'#':>3} {'date':<10} {'type':<9} {'amount':>9}")
        for t in self.history:
            sign = "-" if t.kind == "withdraw" else "+"
            print(f"{t.id:>3} {t.when:%d.%m.%Y} {t.kind:<9} {sign}{t.amount:>8.2f}")
        print(f"balance: {self.balance:,.2f}")


atm = ATM(pin=4321, balance=1250)
for pin in (1111, 4321):
    print("login", pin, "->", atm.login(pin))
day = date(2024, 5, 17)
script = [("w", 120), ("w", 250), ("w", 260), ("d", 75.5), ("w", 400), ("next", 0), ("w", 400), ("w", 200)]
for action, amount in script:
    try:
        if action == "w":
            print(f"{day} withdraw {amount}: notes {atm.withdraw(amount, day)}")
        elif action == "d":
            atm.deposit(amount, day)
            print(f"{day} deposit {amount}")
        else:
            day += timedelta(days=1)
            print("-- next day", day.strftime("%A"))
    except (ValueError, PermissionError, ArithmeticError) as e:
        print(f"{day} withdraw {amount} refused: {type(e).__name__}: {e}")
atm.statement()
print(atm.history[:2])
other = ATM(1, 0)
print([other.login(p) for p in (2, 3, 4, 1)])
print(isinstance(ArithmeticError(), Exception), issubclass(ZeroDivisionError, ArithmeticError))
