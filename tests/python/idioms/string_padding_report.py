inventory = [("Keyboard", 3, 49.99), ("Mouse", 12, 19.5), ("Monitor 27in", 2, 329.0), ("USB cable", 40, 4.25)]
w = max(len(n) for n, _, _ in inventory)
print("Name".ljust(w), "Qty".rjust(4), "Unit".rjust(8), "Value".rjust(9))
print("=" * (w + 24))
for name, q, price in inventory:
    print(name.ljust(w, "."), str(q).rjust(4), f"{price:8.2f}", f"{q * price:9.2f}")
total = sum(q * p for _, q, p in inventory)
print("=" * (w + 24))
print("TOTAL".rjust(w + 14), f"{total:9.2f}")
print("|" + "title".center(11, "-") + "|")
print("%-10s|%10s|" % ("left", "right"))
