# Newton, bisection, secant, Simpson and trapezoid rules; results printed with repr and fixed formats.
import math
def newton(f, df, x, tol=1e-12, maxit=50):
    for i in range(maxit):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError('no convergence')
print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), math.sqrt(2))
print(newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0))
print(newton(lambda x: x ** 3 - 2 * x - 5, lambda x: 3 * x * x - 2, 2.0))
def bisect(f, a, b, tol=1e-10):
    fa = f(a)
    n = 0
    while b - a > tol:
        m = (a + b) / 2
        fm = f(m)
        if (fm > 0) == (fa > 0):
            a, fa = m, fm
        else:
            b = m
        n += 1
    return (a + b) / 2, n
print(bisect(lambda x: x ** 3 - x - 2, 1, 2), bisect(math.sin, 3, 4))
def secant(f, x0, x1, n=30):
    for _ in range(n):
        f0, f1 = f(x0), f(x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
    return x1
print(secant(lambda x: math.exp(x) - 3, 0.0, 2.0), math.log(3))
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3
def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
for n in (2, 4, 8, 16, 64):
    s = simpson(math.sin, 0, math.pi, n)
    t = trapezoid(math.sin, 0, math.pi, n)
    print(f"n={n:>3} simpson={s:.15f} err={abs(s - 2):.3e} trap={t:.15f} err={abs(t - 2):.3e}")
print(simpson(lambda x: math.exp(-x * x), -5, 5, 200), math.sqrt(math.pi))
def fixed_point(g, x, n=100):
    for _ in range(n):
        x = g(x)
    return x
print(fixed_point(math.cos, 1.0), fixed_point(lambda x: 1 + 1 / x, 1.0), (1 + math.sqrt(5)) / 2)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5, maxit=20)
except (RuntimeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
