vals = [0.1, 0.7, 1/3, 2.675, 1e-7, 123e45, 9007199254740993.0, 0.1 * 3]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(round(2.675, 2))
print(str(1e16), str(1e-16), str(123456789012345678.0))
print(1e15 + 0.3)
