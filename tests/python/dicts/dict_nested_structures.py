inventory = {
    "fruits": {"apple": {"qty": 5, "price": 0.5}, "banana": {"qty": 0, "price": 0.25}},
    "dairy": {"milk": {"qty": 2, "price": 1.2}},
}
for category, items in inventory.items():
    for name, info in items.items():
        status = "in stock" if info["qty"] else "out"
        print(f"{category}/{name}: {info['qty']} x {info['price']:.2f} ({status})")
total = sum(i["qty"] * i["price"] for items in inventory.values() for i in items.values())
print(f"total value {total:.2f}")
inventory["dairy"].setdefault("cheese", {"qty": 1, "price": 4.0})
inventory["fruits"]["apple"]["qty"] -= 2
print(inventory["fruits"]["apple"], sorted(inventory["dairy"]))
flat = {f"{c}.{n}": i["qty"] for c, items in inventory.items() for n, i in items.items()}
print(flat)
print(max(flat, key=flat.get), [k for k, v in flat.items() if v == 0])
