z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z)
print(z + 1, z * 1j, z / 2, z ** 2, z == 3 + 4j, (1 + 1j) ** 0.5)
print(complex(1.5, -2), complex("-2j"), complex("(1+2j)"), repr(complex(0, 0)), repr(-0j))
print(1j ** 2, (2j).imag, type(1j).__name__, complex(3).imag)
print(z != 3, hash(complex(2, 0)) == hash(2))
try:
    z < 1j
except TypeError as e:
    print(e)
try:
    int(z)
except TypeError as e:
    print(e)
print(divmod(7, 2), pow(1j, 2), 1 + 2j - 2j)
