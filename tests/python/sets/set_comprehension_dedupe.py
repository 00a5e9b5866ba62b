nums = [3, 1, 3, 2, 1, 5, 2]
seen = set()
unique_in_order = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique_in_order.append(n)
print(unique_in_order, sorted(set(nums)), len(set(nums)))
words = ["Apple", "apple", "BANANA", "banana", "Cherry"]
print(sorted({w.lower() for w in words}))
print(list(dict.fromkeys(nums)))
