print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(3 - 4j), abs(True))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]))
print(any([]), any([0, "", None]), any([0, 1]), any(x > 2 for x in range(4)))
