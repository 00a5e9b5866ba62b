def logged(fn):
    def wrapper(self, *args):
        result = fn(self, *args)
        self.log.append(f"{fn.__name__}{args} -> {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
class Cart:
    TAX = 0.08
    def __init__(self):
        self.lines = {}
        self.log = []
        self.discounts = []
    @logged
    def add(self, name, price, qty=1):
        p, q = self.lines.get(name, (price, 0))
        self.lines[name] = (price, q + qty)
        return q + qty
    @logged
    def remove(self, name):
        return self.lines.pop(name, None) is not None
    def subtotal(self):
        return sum(p * q for p, q in self.lines.values())
    def add_discount(self, fn):
        self.discounts.append(fn)
        return fn
    def total(self):
        sub = self.subtotal()
        for d in self.discounts:
            sub -= d(self)
        return round(max(sub, 0) * (1 + self.TAX), 2)
cart = Cart()
cart.add("apple", 0.5, 6)
cart.add("bread", 2.25)
cart.add("apple", 0.5, 4)
cart.add("cheese", 7.8)
print(cart.remove("bread"), cart.remove("caviar"))
@cart.add_discount
def bulk_apples(c):
    price, qty = c.lines.get("apple", (0, 0))
    return price * qty * 0.1 if qty >= 10 else 0
@cart.add_discount
def over_ten(c):
    return 1 if c.subtotal() > 10 else 0
print(cart.lines)
print(f"subtotal {cart.subtotal():.2f} total {cart.total():.2f}")
print("\n".join(cart.log))
print([d.__name__ for d in cart.discounts])
