# A search helper that trusts list.index; the last lookup misses and the ValueError escapes.
inventory = ["apple", "banana", "cherry", "date"]
prices = [1.25, 0.5, 3.0, 2.75]
def price_of(item):
    return prices[inventory.index(item)]
for item in ["banana", "date", "apple"]:
    print(f"{item:<8} {price_of(item):>6.2f}")
totals = {}
for basket in [["apple", "apple"], ["cherry", "banana", "date"]]:
    totals[tuple(basket)] = sum(map(price_of, basket))
print(totals)
print(price_of("elderberry"))
