t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t.count(1), t.index("two"))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__, () == tuple(), (1, 2) + (3,), (0,) * 3)
a, b = 1, 2
packed = a, b
print(packed, tuple("abc"), tuple(range(3)))
print((1, 2) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
