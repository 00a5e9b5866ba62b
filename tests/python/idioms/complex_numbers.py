z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z * w, z / w, z - w)
print(z.real, z.imag, abs(z), z.conjugate())
print(complex("2+3j"), complex(5), 1j * 1j, (1 + 1j) ** 2)
print(z == complex(3, 4), 2j, -1j, 0j)
roots = []
a, b, c = 1, 2, 5
disc = b * b - 4 * a * c
sq = (disc + 0j) ** 0.5
roots = [(-b + sq) / (2 * a), (-b - sq) / (2 * a)]
print([complex(round(r.real, 6), round(r.imag, 6)) for r in roots])
print(type(z).__name__, repr(1.5 + 0j), str(complex(0, 1.5)))
print(f"{z:.2f}" if hasattr(z, "real") else "")
