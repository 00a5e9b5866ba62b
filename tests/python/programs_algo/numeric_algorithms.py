import math
def newton_sqrt(x, tol=1e-12):
    g = x / 2 or 1.0
    steps = 0
    while abs(g * g - x) > tol * max(1, x):
        g = (g + x / g) / 2
        steps += 1
    return g, steps
for x in [2, 9, 1e6, 0.25]:
    r, s = newton_sqrt(x)
    print(f"sqrt({x}) = {r:.10f} in {s} steps; math: {math.sqrt(x):.10f}")
def bisection(f, a, b, tol=1e-10):
    it = 0
    while b - a > tol:
        m = (a + b) / 2
        if f(a) * f(m) <= 0:
            b = m
        else:
            a = m
        it += 1
    return round((a + b) / 2, 8), it
print(bisection(lambda x: x ** 3 - x - 2, 1, 2))
print(bisection(math.cos, 0, 3))
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b) + sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return s * h / 3
print(f"{simpson(math.sin, 0, math.pi):.10f} {simpson(lambda x: x * x, 0, 3):.10f} {simpson(math.exp, 0, 1):.8f}")
def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
for n in (4, 16, 64):
    print(n, f"{trapezoid(math.sqrt, 0, 1, n):.6f}")
def horner(coeffs, x):
    r = 0
    for c in coeffs:
        r = r * x + c
    return r
print(horner([2, -6, 2, -1], 3), horner([1, 0, -1], 1.5))
def fib_matrix(n):
    def mul(a, b):
        return [[a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
                [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]]]
    r, m = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            r = mul(r, m)
        m = mul(m, m)
        n >>= 1
    return r[0][1]
print(fib_matrix(10), fib_matrix(100), len(str(fib_matrix(1000))))
def pi_leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))
print(f"{pi_leibniz(1000):.6f} {math.pi:.6f} {abs(pi_leibniz(1000) - math.pi):.2e}")
def e_series(n):
    return sum(1 / math.factorial(k) for k in range(n))
print(e_series(15), math.e, math.isclose(e_series(15), math.e))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int(-2.5), -7 // 2, math.fmod(-7, 2), -7 % 2)
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.degrees(math.pi), math.radians(180), math.atan2(1, -1))
print(math.prod(range(1, 11)), math.fsum([1e100, 1, -1e100]), sum([1e100, 1, -1e100]), math.copysign(3, -0.0))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(1) == math.e, math.pow(2, 0.5))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.inf - math.inf, math.nan == math.nan)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as ex:
        print(type(ex).__name__, ex)
