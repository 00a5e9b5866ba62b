import cmath
a, b = 1 + 2j, 3.5 - 4j
print(a + b, a - b, a * b, a / b, -a, abs(3 + 4j), a.conjugate(), a.real, a.imag, a ** 2, a ** 0.5)
print(complex(1, -0.0), complex("1+2j"), complex(" -3.5J "), complex(2), 1j ** 2, 0j, -0j, complex(-0.0, -0.0))
print(repr(1e20j), repr(1.5e-7 + 1j), repr(complex(float("inf"), float("nan"))), str(2j), (1+0j) == 1)
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.polar(1j), cmath.rect(2, 0), cmath.phase(-1))
print(f"{a:.2f}", f"{b:>20}", format(1 + 1j, "^12.1e"), f"{1j:g}")
roots = [cmath.exp(2j * cmath.pi * k / 5) for k in range(5)]
print([f"{z.real:+.4f}{z.imag:+.4f}j" for z in roots])
print(abs(sum(roots)) < 1e-12)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hash(1 + 0j) == hash(1), {1j: "a"}[1j], isinstance(1j, complex), pow(1j, 4), divmod.__name__)
