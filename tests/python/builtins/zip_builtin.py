print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1], [])))
print(list(zip(range(5), "ab")), dict(zip("ab", "xy")))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
