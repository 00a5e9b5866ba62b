class Product:
    def __init__(self, sku, name, on_hand, reorder_point, reorder_qty, unit_cost, lead_days):
        self.sku, self.name = sku, name
        self.on_hand, self.reorder_point, self.reorder_qty = on_hand, reorder_point, reorder_qty
        self.unit_cost, self.lead_days = unit_cost, lead_days
        self.on_order = []
        self.stockouts = 0
        self.sold = 0

    def needs_reorder(self):
        pipeline = sum(q for _, q in self.on_order)
        return self.on_hand + pipeline <= self.reorder_point

products = [
    Product("A100", "bolts", 120, 50, 200, 0.10, 3),
    Product("B200", "nuts", 80, 40, 150, 0.05, 2),
    Product("C300", "brackets", 15, 10, 30, 2.50, 5),
    Product("D400", "hinges", 5, 8, 20, 4.75, 4),
]
demand_pattern = {"A100": [30, 25, 40, 35, 20, 45, 30], "B200": [10, 20, 15, 30, 25, 10, 5],
                  "C300": [3, 5, 2, 8, 4, 6, 1], "D400": [2, 3, 1, 4, 2, 3, 2]}
spend = 0.0
for day in range(14):
    for p in products:
        arrived = [q for d, q in p.on_order if d == day]
        if arrived:
            p.on_hand += sum(arrived)
            p.on_order = [(d, q) for d, q in p.on_order if d != day]
            print(f"day {day:2d}: received {sum(arrived)} {p.name}")
        want = demand_pattern[p.sku][day % 7]
        sold = min(want, p.on_hand)
        if sold < want:
            p.stockouts += 1
        p.on_hand -= sold
        p.sold += sold
        if p.needs_reorder():
            p.on_order.append((day + p.lead_days, p.reorder_qty))
            spend += p.reorder_qty * p.unit_cost
            print(f"day {day:2d}: reorder {p.reorder_qty} {p.name} (on hand {p.on_hand}), arrives day {day + p.lead_days}")
print()
print(f"{'sku':<6}{'name':<10}{'on hand':>8}{'sold':>6}{'stockout days':>15}{'pending':>9}")
for p in products:
    print(f"{p.sku:<6}{p.name:<10}{p.on_hand:>8}{p.sold:>6}{p.stockouts:>15}{sum(q for _, q in p.on_order):>9}")
print(f"total purchase spend: {spend:.2f}")
value = sum(p.on_hand * p.unit_cost for p in products)
print(f"inventory value: {value:.2f}")
