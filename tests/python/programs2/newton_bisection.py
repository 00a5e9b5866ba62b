import math

def bisection(f, lo, hi, tol=1e-10, max_iter=200):
    if f(lo) * f(hi) > 0:
        raise ValueError("root not bracketed")
    for i in range(max_iter):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        if hi - lo < tol:
            return (lo + hi) / 2, i + 1
    return (lo + hi) / 2, max_iter

def newton(f, df, x0, tol=1e-12, max_iter=50):
    x = x0
    for i in range(max_iter):
        d = df(x)
        if d == 0:
            raise ZeroDivisionError("zero derivative")
        step = f(x) / d
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError("did not converge")

problems = [
    ("x^2 - 2", lambda x: x * x - 2, lambda x: 2 * x, 0, 2, 1.0),
    ("x^3 - x - 2", lambda x: x ** 3 - x - 2, lambda x: 3 * x * x - 1, 1, 2, 1.5),
    ("cos(x) - x", lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 0, 1, 0.5),
    ("e^x - 3", lambda x: math.exp(x) - 3, math.exp, 0, 2, 1.0),
]
for name, f, df, lo, hi, x0 in problems:
    rb, nb = bisection(f, lo, hi)
    rn, nn = newton(f, df, x0)
    print(f"{name:<12} bisection {rb:.10f} ({nb:2d} it)  newton {rn:.10f} ({nn} it)  agree={abs(rb - rn) < 1e-8}")
try:
    bisection(lambda x: x * x + 1, -1, 1)
except ValueError as e:
    print("error:", e)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.0)
except ZeroDivisionError as e:
    print("error:", e)
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(f"{integrate(math.sin, 0, math.pi):.6f} {integrate(lambda x: x * x, 0, 3):.6f}")
