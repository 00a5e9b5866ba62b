import cmath, math
r = lambda z: complex(round(z.real, 12), round(z.imag, 12))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(0j), r(cmath.sqrt(1 + 2j)), r(cmath.sqrt(-3 - 4j)))
print(cmath.exp(0), r(cmath.exp(1j * math.pi)), r(cmath.exp(1 + 1j)), r(cmath.log(1j)), r(cmath.log(-1)), r(cmath.log(8, 2)), r(cmath.log10(100j)))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan != cmath.nan)
