def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

chars = " .:-=+*#%@"
for y in range(-12, 13):
    row = []
    for x in range(-39, 20):
        n = mandel(complex(x / 19.5, y / 10))
        row.append(chars[min(n, 49) * len(chars) // 50] if n < 50 else "@")
    print("".join(row).rstrip())
inside = sum(mandel(complex(x / 40, y / 40), 100) == 100 for x in range(-80, 21) for y in range(-50, 51))
print("points inside:", inside, "area ~", round(inside / 1600, 3))
