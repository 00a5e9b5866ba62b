print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
