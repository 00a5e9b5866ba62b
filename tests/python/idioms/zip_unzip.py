names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for name, age in zip(names, ages):
    print(f"{name:>5}: {age}")
pairs = list(zip(names, ages))
print(pairs)
n2, a2 = zip(*pairs)
print(n2, a2)
print(dict(zip(names, ages)))
print(list(zip("abcd", range(2))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(zip()))
print(list(zip([1, 2, 3], "ab", (True, False, None))))
totals = [x + y for x, y in zip([1, 2, 3], [10, 20, 30])]
print(totals)
