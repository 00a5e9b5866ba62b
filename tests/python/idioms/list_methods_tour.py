items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 2)
print(items)
print(items.index(4), items.count(1))
items.remove(1)
print(items, items.pop(), items.pop(0), items)
items.sort()
print(items)
items.reverse()
print(items)
copy = items.copy()
copy.clear()
print(items, copy)
print(sorted(items), items)
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort()
print(nested)
try:
    items.remove(100)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] * 3, [1] + [2], [] or ["default"])
a = [1, 2, 3]
a += [4]
a *= 2
print(a)
