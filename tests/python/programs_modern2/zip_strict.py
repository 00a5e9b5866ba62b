# zip(strict=True) (3.10): the ValueError messages name the argument that ran out.
cases = [
    ([1, 2, 3], "ab"),
    ("ab", [1, 2, 3]),
    ([1], [2], []),
    ([1, 2], [3, 4], [5]),
    ([], [], []),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
print(list(zip(strict=False)), list(zip("ab", "cd", strict=True)))
try:
    zip([1], strict=1, foo=2)
except TypeError as e:
    print("TypeError:", e)
