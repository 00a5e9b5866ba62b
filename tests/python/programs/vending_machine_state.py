class VendingMachine:
    PRICES = {"A1": 125, "A2": 100, "B1": 75}
    COINS = (100, 25, 10, 5)
    def __init__(self):
        self.stock = {"A1": 2, "A2": 0, "B1": 5}
        self.credit = 0
        self.bank = 0
    def insert(self, cents):
        if cents not in self.COINS:
            return f"rejected {cents}c"
        self.credit += cents
        return f"credit {self.credit}c"
    def select(self, code):
        if code not in self.PRICES:
            return "invalid selection"
        if self.stock[code] == 0:
            return f"{code} sold out"
        price = self.PRICES[code]
        if self.credit < price:
            return f"insert {price - self.credit}c more"
        self.stock[code] -= 1
        change = self.credit - price
        self.bank += price
        self.credit = 0
        return f"vend {code}, change {self.make_change(change)}"
    def make_change(self, amount):
        coins = []
        for c in self.COINS:
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins
vm = VendingMachine()
for action, arg in [("insert", 100), ("select", "A1"), ("insert", 3), ("insert", 25), ("insert", 25),
                    ("select", "A1"), ("select", "A2"), ("insert", 100), ("select", "B1"), ("select", "Z9"),
                    ("insert", 100), ("insert", 25), ("select", "A1"), ("insert", 100), ("insert", 25), ("select", "A1")]:
    print(f"{action}({arg!r}):", getattr(vm, action)(arg))
print(vm.stock, vm.bank, vm.credit)
