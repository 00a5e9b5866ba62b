a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b})
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2})
print({**d2, **d1, "z": 0})
print([*"hi", *range(2), *{9: 0}])
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
