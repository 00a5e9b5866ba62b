from collections import Counter

stock = Counter(apples=10, pears=4, kiwis=0, plums=7)
order = Counter(apples=3, pears=5, figs=2)
print("stock", stock, "order", order)
print("after", stock - order, "short", order - stock)
print("union", stock | order, "common", stock & order, "sum", stock + order)
left = stock.copy()
left.subtract(order)
print("subtract", left, "+left", +left, "-left", -left)
print(sorted(left.elements()), left.total(), (stock + order).most_common(2), list(reversed(stock.most_common()))[:2])
print(Counter("hello world").most_common(3), Counter(w.lower() for w in "A a B b b c".split()))
print(stock == Counter(apples=10, pears=4, plums=7), stock >= Counter(apples=1), Counter() < stock)
for k in ["apples", "bananas"]:
    print(k, stock[k], k in stock)
stock.update({"apples": 2}, kiwis=3)
print(stock, dict(stock), sorted(stock, key=stock.get))
stock["apples"] += "x"
