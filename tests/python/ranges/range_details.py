r = range(1, 20, 4)
print(list(r), r[::-1], r[1:-1], list(r[::2]), len(range(-10, 10, 3)), r.index(13))
print(range(0, 10, 2) == range(0, 9, 2), range(3) != range(4), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(repr(range(5)), repr(range(1, 5, 2)), bool(range(0)), list(range(5, 0, -2)))
print(range(2 ** 64)[2 ** 63], len(range(0, 2 ** 65, 2 ** 30)))
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
