from collections import namedtuple, Counter, defaultdict
from operator import attrgetter, itemgetter
Item = namedtuple("Item", "sku name category price qty", defaults=[0])
stock = [
    Item("A1", "widget", "tools", 2.50, 100), Item("B2", "gadget", "tools", 12.00, 15),
    Item("C3", "apple", "food", 0.40, 500), Item("D4", "banana", "food", 0.25), Item("E5", "laptop", "tech", 899.99, 3),
]
print(stock[0], stock[3])
print(Item._fields, Item._field_defaults)
total = sum(i.price * i.qty for i in stock)
print(f"inventory value: {total:,.2f}")
by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it.name)
print(dict(by_cat))
print([i.name for i in sorted(stock, key=attrgetter("category", "price"))])
print(max(stock, key=attrgetter("price")).name, min(stock, key=lambda i: i.qty).name)
restocked = [i._replace(qty=i.qty + 50) if i.qty < 20 else i for i in stock]
print([(i.sku, i.qty) for i in restocked])
print(stock[1]._asdict())
row = "F6,cable,tech,9.99,40".split(",")
new = Item._make([row[0], row[1], row[2], float(row[3]), int(row[4])])
print(new, new.price * new.qty)
Sale = namedtuple("Sale", ["sku", "qty"])
sales = [Sale("A1", 10), Sale("C3", 120), Sale("A1", 5), Sale("E5", 1), Sale("Z9", 2)]
sold = Counter()
for s in sales:
    sold[s.sku] += s.qty
print(sold, sold.most_common(1))
index = {i.sku: i for i in stock}
for sku, q in sorted(sold.items()):
    item = index.get(sku)
    if item is None:
        print(f"{sku}: unknown item")
        continue
    print(f"{sku}: {item.name:<8} sold {q:>3} revenue {q * item.price:>8.2f} left {item.qty - q:>4}")
header = f"{'SKU':<4}|{'Name':^10}|{'Price':>8}"
print(header)
print("-" * len(header))
for i in stock:
    print(f"{i.sku:<4}|{i.name:^10}|{i.price:>8.2f}")
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p + (3,), p * 2, tuple(reversed(p)), p._fields + ("z",), Point(*map(lambda v: v * 10, p)))
x, y = p
print(x, y, p.x == p[0], isinstance(p, tuple), len(p), list(p), dict(zip(p._fields, p)))
Point3 = namedtuple("Point3", Point._fields + ("z",))
print(Point3(1, 2, 3), Point3._make(range(3)))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), Point(1, 2) < Point(1, 3))
print(repr(Point), Point.__name__, type(p).__mro__[1:])
