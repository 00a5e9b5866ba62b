N = 9
print("    " + "".join(f"{c:4d}" for c in range(1, N + 1)))
print("    " + "-" * (4 * N))
for r in range(1, N + 1):
    print(f"{r:2d} |" + "".join(f"{r * c:4d}" for c in range(1, N + 1)))
squares = {n: n ** 2 for n in range(1, 6)}
cubes = [n ** 3 for n in range(1, 6)]
print(squares, cubes)
for base in (2, 8, 16):
    print(base, [format(n, {2: "b", 8: "o", 16: "x"}[base]) for n in range(1, 17)])
