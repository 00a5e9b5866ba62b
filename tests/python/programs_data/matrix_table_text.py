from itertools import product, starmap
from operator import mul
from functools import reduce

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print(list(zip(*matrix)))
print([list(r) for r in zip(*matrix[::-1])])
def matmul(a, b):
    return [[sum(starmap(mul, zip(row, col))) for col in zip(*b)] for row in a]
t = [list(c) for c in zip(*matrix)]
print(matmul(t, matrix))
def show(m, fmt="{:>5}"):
    w = max(len(fmt.format(x)) for row in m for x in row)
    for row in m:
        print("[" + " ".join(f"{x:>{w}}" for x in row) + "]")
show(matmul(t, matrix))
show([[1.5, -2.25], [1e3, 0.001]])
identity = [[int(i == j) for j in range(4)] for i in range(4)]
show(identity)
print(sum(map(sum, matrix)), max(map(max, matrix)), [sum(c) for c in zip(*matrix)], [row[i] for i, row in enumerate(matrix[:3])])
print(reduce(lambda acc, row: acc + row, matrix, []))
flat = [x for row in matrix for x in row]
print(flat[::3], flat[-1::-4], [flat[i:i + 4] for i in range(0, len(flat), 4)])
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
bad = [["."] * 5] * 3
bad[1][2] = "#"
print("\n".join("".join(r) for r in bad))
mult = [[f"{a * b:3d}" for b in range(1, 10)] for a in range(1, 10)]
print("\n".join(" ".join(r) for r in mult))
print(list(product(range(2), repeat=3))[:5], len(list(product("ab", "cd", "ef"))))
det2 = lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det2([[3, 8], [4, 6]]), [[round(x / 3, 3) for x in r] for r in [[1, 2], [3, 4]]])
print(matmul([[1, 2]], [[1], [2], [3]]))
print(matmul([[1, 2, 3]], [[1, 2], [3, 4]]))
matrix[4]
