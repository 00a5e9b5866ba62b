class Position:
    def __init__(self, symbol):
        self.symbol = symbol
        self.shares = 0
        self.cost = 0.0
        self.realized = 0.0

    def buy(self, qty, price):
        self.cost += qty * price
        self.shares += qty

    def sell(self, qty, price):
        if qty > self.shares:
            raise ValueError(f"cannot sell {qty} {self.symbol}, only {self.shares} held")
        avg = self.cost / self.shares
        self.realized += (price - avg) * qty
        self.cost -= avg * qty
        self.shares -= qty

    def value(self, price):
        return self.shares * price

trades = [
    ("2024-01-02", "BUY", "ACME", 100, 10.00),
    ("2024-01-05", "BUY", "GLOBX", 50, 40.00),
    ("2024-01-09", "BUY", "ACME", 50, 13.00),
    ("2024-02-01", "SELL", "ACME", 120, 15.50),
    ("2024-02-03", "SELL", "GLOBX", 80, 38.00),
    ("2024-02-10", "BUY", "INITECH", 10, 250.00),
    ("2024-03-01", "SELL", "GLOBX", 20, 35.25),
]
prices = {"ACME": 14.25, "GLOBX": 41.10, "INITECH": 240.00}

book = {}
for date, side, sym, qty, price in trades:
    pos = book.setdefault(sym, Position(sym))
    try:
        if side == "BUY":
            pos.buy(qty, price)
        else:
            pos.sell(qty, price)
        print(f"{date} {side:<4} {qty:>4} {sym:<8} @ {price:>7.2f}")
    except ValueError as e:
        print(f"{date} REJECTED: {e}")

print()
print(f"{'symbol':<8}{'shares':>7}{'avg':>9}{'price':>9}{'value':>10}{'unreal':>9}{'real':>9}")
tv = tu = tr = 0.0
for sym in sorted(book):
    p = book[sym]
    avg = p.cost / p.shares if p.shares else 0.0
    val = p.value(prices[sym])
    unreal = val - p.cost
    tv, tu, tr = tv + val, tu + unreal, tr + p.realized
    print(f"{sym:<8}{p.shares:>7}{avg:>9.2f}{prices[sym]:>9.2f}{val:>10.2f}{unreal:>+9.2f}{p.realized:>+9.2f}")
print(f"{'total':<33}{tv:>10.2f}{tu:>+9.2f}{tr:>+9.2f}")
