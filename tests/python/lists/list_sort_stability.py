records = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(sorted(records, key=lambda r: r[1]))
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
nums = [5, -3, 2, -1, 0]
nums.sort(key=abs)
print(nums)
mixed = [(1, "b"), (1, "a"), (0, "z")]
mixed.sort()
print(mixed)
