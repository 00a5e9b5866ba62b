class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
    def restock(self, sku, n):
        self._items[sku].qty += n
    def sell(self, sku, n):
        item = self._items.get(sku)
        if item is None:
            return f"no such item {sku}"
        if item.qty < n:
            return f"only {item.qty} {item.name} left"
        item.qty -= n
        return f"sold {n} {item.name} for {item.price * n:.2f}"
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __len__(self):
        return len(self._items)
    def __contains__(self, sku):
        return sku in self._items
    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<12}{'PRICE':>8}{'QTY':>5}{'VALUE':>9}"]
        for i in self:
            lines.append(f"{i.sku:<6}{i.name:<12}{i.price:>8.2f}{i.qty:>5}{i.value:>9.2f}")
        lines.append(f"{'TOTAL':<31}{sum(i.value for i in self):>9.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "widget", 2.5, 10), ("B2", "gadget", 12.99, 3), ("C3", "doohickey", 0.75, 100)]:
    inv.add(Item(*args))
try:
    inv.add(Item("A1", "dupe", 1))
except KeyError as e:
    print("error:", e)
print(inv.sell("A1", 4))
print(inv.sell("B2", 5))
print(inv.sell("Z9", 1))
inv.restock("B2", 7)
print(inv.sell("B2", 5))
print(len(inv), "C3" in inv, "Q" in inv)
print(inv.report())
print(max(inv, key=lambda i: i.value))
