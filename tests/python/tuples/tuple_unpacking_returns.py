def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 1, 9])
print(lo, hi)
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
(a, b), c = (1, 2), 3
print(a, b, c)
x, = [99]
print(x)
print(divmod(17, 5), *divmod(17, 5))
