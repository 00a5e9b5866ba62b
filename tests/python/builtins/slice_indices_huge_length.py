# slice.indices() takes a length of any size, as CPython computes it with unbounded ints;
# the bounds are clamped the same way as for a small length.
big = 2 ** 70
for s in (slice(None), slice(2, None), slice(None, -3), slice(-5, None, -1), slice(None, None, -2),
          slice(-2 ** 80, 2 ** 80, 3), slice(2 ** 90, -2 ** 90, -7), slice(5, -5)):
    print(s, s.indices(big), s.indices(2 ** 64), s.indices(10))

for bad in (-big, None, 1.5):
    try:
        slice(1, 2).indices(bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    slice(1, 2, 0).indices(big)
except ValueError as exc:
    print("ValueError", exc)
try:
    slice("a", 2).indices(big)
except TypeError as exc:
    print("TypeError", exc)
start, stop, step = slice(3, None, 2).indices(big)
print(start, stop == big, step, range(start, stop, step)[-1] == big - 1)
