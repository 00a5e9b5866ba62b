def mat_str(m):
    return "\n".join(" ".join(f"{v:>5}" for v in row) for row in m)
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def matmul(X, Y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*Y)] for row in X]
print(mat_str(matmul(A, B)))
print(list(zip(*A)), [list(r) for r in zip(*A)])
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
print(transpose(A) == [list(t) for t in zip(*A)])
def rotate90(m):
    return [list(r) for r in zip(*m[::-1])]
sq = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(rotate90(sq), rotate90(rotate90(sq)))
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(det(sq), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[4]]))
from fractions import Fraction
def inverse(m):
    n = len(m)
    aug = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if aug[r][col] != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
inv = inverse([[2, 0, 1], [1, 3, 2], [1, 1, 2]])
for row in inv:
    print([str(v) for v in row])
print(inv[0][0], repr(inv[0][0]))
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 4] * 3
bad[1][2] = 5
print(bad)
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
print(sum(map(sum, sq)), max(map(max, sq)), [sum(c) for c in zip(*sq)])
print([sq[i][i] for i in range(3)], [sq[i][2 - i] for i in range(3)])
def mat_pow(m, e):
    n = len(m)
    r = [[int(i == j) for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
flat = [v for row in sq for v in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)])
import copy
deep = copy.deepcopy(sq)
shallow = sq[:]
deep[0][0] = shallow[0][0] = "X"
print(sq[0], deep[0])
print(f"{1.5:>8.3f}|{-2:^7}|{3:<4}|{'ab':*^6}|{12345:,}|{0.25:.1%}|{255:#06x}|{7:08b}")
for row in [[1.0, -2.5], [3.14159, 100.0]]:
    print("[" + ", ".join(f"{v:7.2f}" for v in row) + "]")
