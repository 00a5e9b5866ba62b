print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)})
print(sorted({len(w) for w in "a bb cc ddd".split()}))
print({(x, y): x * y for x in range(2) for y in range(2)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
