it = iter([])
print(next(it, None), next(it, 0))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
