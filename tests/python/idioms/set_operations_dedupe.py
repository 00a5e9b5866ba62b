a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.issubset(range(10)), {4, 5} <= b, b > {6})
nums = [3, 1, 3, 2, 1, 5, 2]
print(sorted(set(nums)))
seen = set()
ordered = []
for n in nums:
    if n not in seen:
        seen.add(n)
        ordered.append(n)
print(ordered)
print(list(dict.fromkeys(nums)))
words = "to be or not to be".split()
print(len(words), len(set(words)), sorted(set(words)))
s = set()
s.add(1); s.update([2, 3]); s.discard(9); s.remove(1)
print(sorted(s), 2 in s)
print(set(), frozenset([1]) == {1})
