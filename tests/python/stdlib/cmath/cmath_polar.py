import cmath, math
print(cmath.phase(-1), cmath.phase(complex(-1.0, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2))
z = cmath.rect(2, math.pi / 2)
print(round(z.real, 12), z.imag, cmath.rect(1, 0), cmath.rect(3, math.pi).real)
r, phi = cmath.polar(3 + 4j)
print(r, round(phi, 12), abs(cmath.rect(r, phi) - (3 + 4j)) < 1e-12)
