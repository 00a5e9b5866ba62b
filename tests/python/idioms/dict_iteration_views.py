prices = {"tea": 2.5, "coffee": 3.0, "cake": 4.25}
for item in prices:
    print(item, end=" ")
print()
for item, price in prices.items():
    print(f"{item}={price:.2f}", end=" ")
print()
print(list(prices.keys()), list(prices.values()))
print(sum(prices.values()), len(prices))
keys = prices.keys()
prices["juice"] = 1.75
print(keys, "juice" in keys)
print(sorted(prices.items()))
for k in list(prices):
    if prices[k] > 3:
        del prices[k]
print(prices)
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
print(a.keys() & {"x", "z"}, a.items() == b.items())
