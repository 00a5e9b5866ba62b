# ASCII Mandelbrot and Julia sets using complex arithmetic.
def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
chars = ' .:-=+*#%@'
for y in range(-10, 11):
    line = ''
    for x in range(-40, 20):
        c = complex(x / 20, y / 10)
        n = mandel(c)
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    print(line.rstrip())
def julia(z, c=complex(-0.8, 0.156), limit=40):
    for i in range(limit):
        if abs(z) > 2:
            return i
        z = z * z + c
    return limit
counts = {}
for y in range(-12, 13):
    for x in range(-30, 31):
        n = julia(complex(x / 20, y / 12))
        counts[n] = counts.get(n, 0) + 1
print(sorted(counts.items())[:10], sum(counts.values()))
z = 0.3 + 0.5j
orbit = []
for _ in range(8):
    z = z * z + complex(-0.4, 0.6)
    orbit.append(z)
print(orbit)
print([f"{w.real:.6f}{w.imag:+.6f}j" for w in orbit], abs(orbit[-1]))
