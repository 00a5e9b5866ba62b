n = 12
print("  x|" + "".join(f"{i:4}" for i in range(1, n + 1)))
print("---+" + "-" * 4 * n)
for r in range(1, n + 1):
    print(f"{r:3}|" + "    " * (r - 1) + "".join(f"{r * c:4}" for c in range(r, n + 1)))

def floyd(rows):
    k = 1
    tri = []
    for r in range(1, rows + 1):
        tri.append(list(range(k, k + r)))
        k += r
    widths = [len(str(x)) for x in tri[-1]]
    for row in tri:
        print(" ".join(f"{x:{w}}" for x, w in zip(row, widths)))
floyd(5)
floyd(14)
