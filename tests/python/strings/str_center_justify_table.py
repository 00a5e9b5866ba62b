data = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in data:
    if name == "Name":
        print(f"{name:<10}{qty:>5}{price:>8}")
        print("-" * 23)
    else:
        print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("total".center(23, "="))
