import cmath
vals = [1 + 2j, -1.5 + 0.5j, 0.3 - 0.7j, -2 - 3j, 2, 0.5j, -0.5]
r = lambda z: complex(round(z.real, 10), round(z.imag, 10))
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan']:
    print(name, [r(getattr(cmath, name)(v)) for v in vals])
