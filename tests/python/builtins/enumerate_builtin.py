print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 1)))
e = enumerate(["x", "y"], start=-1)
print(next(e), next(e), next(e, None))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
print(type(enumerate([])).__name__)
