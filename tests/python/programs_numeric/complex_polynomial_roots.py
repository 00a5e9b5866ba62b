# Polynomial evaluation, quadratic and cubic roots with complex numbers, Durand-Kerner iteration.
import cmath, math
def quad(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, -4, 2), (1, 1, 1), (1, -1e8, 1)]:
    r1, r2 = quad(*coeffs)
    print(coeffs, r1, r2)
def horner(coeffs, x):
    acc = 0
    for c in coeffs:
        acc = acc * x + c
    return acc
p = [1, -6, 11, -6]
print([horner(p, x) for x in range(5)], horner(p, 1.5), horner(p, 1j), horner(p, 2 + 1j))
def durand_kerner(coeffs, iters=60):
    n = len(coeffs) - 1
    lead = coeffs[0]
    coeffs = [c / lead for c in coeffs]
    roots = [complex(0.4, 0.9) ** k for k in range(n)]
    for _ in range(iters):
        new = []
        for i, r in enumerate(roots):
            denom = 1
            for j, s in enumerate(roots):
                if i != j:
                    denom *= r - s
            new.append(r - horner(coeffs, r) / denom)
        roots = new
    return roots
for poly in ([1, -6, 11, -6], [1, 0, 0, -1], [1, 0, 0, 0, 1], [2, -3, -11, 6]):
    roots = durand_kerner(poly)
    cleaned = sorted((complex(round(r.real, 9) + 0.0, round(r.imag, 9) + 0.0) for r in roots), key=lambda z: (z.real, z.imag))
    print(poly, cleaned)
print([cmath.exp(2j * cmath.pi * k / 6) for k in range(6)][:2], abs(sum(cmath.exp(2j * cmath.pi * k / 6) for k in range(6))) < 1e-12)
z = complex(3, 4)
print(z ** 0.5, cmath.sqrt(z), z ** (1 / 3), cmath.exp(cmath.log(z) / 3), z ** -1, 1 / z, z ** 2 == z * z, pow(z, 3), (1 + 1j) ** 8)
print(complex(1, 1) ** 1000 if False else abs((1 + 1j) ** 100), (0.5 + 0.5j) ** 200)
