sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10, *rest, k=1, **kw: (a, b, rest, k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in adders])
late = [lambda: i for i in range(3)]
print([g() for g in late])
print((lambda *a: sum(a))(1, 2, 3))
print(sq.__name__)
