def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
for n in (0, 1, 15, 16, 10 ** 20):
    r = isqrt_newton(n)
    assert r * r <= n < (r + 1) ** 2, n
    print(n, r)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("AssertionError args:", e.args)
assert isqrt_newton(17) == 5, f"isqrt(17) gave {isqrt_newton(17)}"
