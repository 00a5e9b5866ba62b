import cmath, math
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isnan(1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
class C:
    def __complex__(self): return 2j
print(cmath.sqrt(C()), cmath.exp(0.0), cmath.sqrt(True))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
