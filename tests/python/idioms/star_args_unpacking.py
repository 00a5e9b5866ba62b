def total(*nums):
    return sum(nums)
values = [1, 2, 3]
print(total(*values), total(), total(*values, 10, *range(3)))
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
print(point(*[1, 2]), point(**{"x": 5, "y": 6, "z": 7}), point(1, *[2], **{"z": 3}))
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
merged = [*values, *"ab", *(9,)]
print(merged)
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*values, sep="-")
head, *_ = [10, 20, 30]
print(head)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
