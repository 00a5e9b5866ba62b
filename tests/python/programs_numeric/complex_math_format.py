# complex arithmetic, repr, formatting, cmath.
import cmath, math
zs = [1 + 2j, -1 - 2j, 3j, -3j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(1.5, -0.5), complex(1e20, 1e-20), complex(float('inf'), float('nan'))]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if not math.isnan(z.imag) else 'nan-abs')
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, abs(a), a == 3 + 4j, a != b)
print(2 * a, a / 2, 1 / a, (1j) ** 2, 1j ** 1j, (-1) ** 0.5, complex('1+2j'), complex(' ( -3.5-4j ) '), complex('j'), complex('-j'))
for s in ['1 + 2j', '1+2', 'abc', '1+2jj', '', '()', '(1+2j']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 1j / 0, lambda: 0j ** -1, lambda: 1j < 2j, lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: complex('1', 2), lambda: complex(1j, 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for spec in ['', '.2f', '10.3f', '<20', '^20.2e', '+.1f', 'g', '.3g', 'e', '#g', 'F', ' ', '*>25']:
    print(f"{spec!r:>8} [{format(a / b, spec)}] [{format(complex(0, 1.5), spec)}]")
for bad in ['d', '=10', '010.2f', 'x', '%']:
    try:
        print(format(a, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.exp(1j * math.pi), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
print(cmath.rect(2, math.pi / 2), cmath.log(-1), cmath.log(8, 2), cmath.log10(100j), cmath.sin(1 + 1j), cmath.cosh(1j), cmath.atan(2j))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.acos(1e308 + 1e308j), lambda: cmath.atanh(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), complex(True, False), complex(2), complex(), (1 + 2j).__reduce__() if False else 'x', 1j.imag, type(1j.real).__name__)
print([z for z in sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs)], sum([1j, 2, 3.5]), complex(1, 2) * complex(0, 0))
