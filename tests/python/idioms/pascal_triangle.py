def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows

tri = pascal(8)
width = len("   ".join(map(str, tri[-1])))
for row in tri:
    print("   ".join(map(str, row)).center(width))
print(sum(tri[-1]), tri[-1][3])
print(pascal(1), pascal(2))
