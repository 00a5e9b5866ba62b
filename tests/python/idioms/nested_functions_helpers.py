def process(orders):
    def subtotal(order):
        return sum(qty * price for _, qty, price in order["lines"])
    def tax(amount):
        return round(amount * rate, 2)
    rate = 0.08
    report = []
    for order in orders:
        s = subtotal(order)
        report.append((order["id"], s, tax(s), round(s + tax(s), 2)))
    return report

orders = [
    {"id": "A1", "lines": [("pen", 3, 1.5), ("pad", 1, 4.0)]},
    {"id": "B2", "lines": [("ink", 2, 12.25)]},
    {"id": "C3", "lines": []},
]
for oid, s, t, total in process(orders):
    print(f"{oid}: subtotal={s:.2f} tax={t:.2f} total={total:.2f}")

def outer(n):
    def helper(k):
        return k * n
    return [helper(i) for i in range(4)]
print(outer(3))
