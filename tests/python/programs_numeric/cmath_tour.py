# cmath functions, branch cuts and signed zeros.
import cmath, math
zs = [1 + 1j, -1 + 0j, complex(-1, -0.0), 2j, -2j, 0.5 - 0.5j, 3 + 4j, complex(0, 0), complex(-0.0, 0.0)]
for z in zs:
    out = []
    for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.sin, cmath.cos, cmath.tanh, cmath.asin, cmath.acos, cmath.atanh):
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append('VE:' + str(e))
    print(repr(z), ' '.join(out))
print(cmath.polar(-1), cmath.polar(complex(-1, -0.0)), cmath.polar(3 + 4j), cmath.rect(1, math.pi), cmath.rect(0, 1), cmath.phase(0j), cmath.phase(complex(-0.0, -0.0)))
print(cmath.log(100, 10), cmath.log(1j, 1j), cmath.log10(-10), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)), cmath.exp(complex(0, math.pi / 2)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.inf, cmath.infj, cmath.nanj)
roots = [cmath.rect(1, 2 * math.pi * k / 5) for k in range(5)]
print([f"{r.real:+.4f}{r.imag:+.4f}j" for r in roots], abs(sum(roots)) < 1e-12)
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
for bad in [lambda: cmath.log(0j), lambda: cmath.log(1, 0), lambda: cmath.exp(1000 + 0j), lambda: cmath.sqrt('x'), lambda: cmath.phase(None), lambda: cmath.rect(1, math.inf)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
