nums = list(range(1, 21))
evens = [n for n in nums if n % 2 == 0]
print(evens)
squares_of_odds = [n * n for n in nums if n % 2]
print(squares_of_odds)
labels = ["even" if n % 2 == 0 else "odd" for n in nums[:5]]
print(labels)
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)
words = ["Hello", "world", "PYTHON", "code"]
print([w.lower() for w in words if w.isupper() or w.istitle()])
flat = [x for row in [[1, 2], [3], [4, 5, 6]] for x in row]
print(flat)
print([c for c in "Hello World" if c.isupper()])
print(sum(1 for n in nums if n % 3 == 0))
