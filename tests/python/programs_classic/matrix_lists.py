def transpose(m):
    return [list(row) for row in zip(*m)]


def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"cannot multiply {len(a)}x{len(a[0])} by {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * determinant([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))


def show(m, name):
    print(f"{name} =")
    w = max(len(f"{x}") for row in m for x in row)
    for row in m:
        print("  [" + " ".join(f"{x:>{w}}" for x in row) + "]")


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(transpose(A), "A^T")
show(multiply(A, B), "A*B")
show(multiply(B, A), "B*A")
show(identity(3), "I3")
print(multiply(identity(2), [[5, 6], [7, 8]]) == [[5, 6], [7, 8]])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", determinant(M), determinant(identity(4)), determinant([[1, 2], [2, 4]]))
rot = [list(r) for r in zip(*M[::-1])]
show(rot, "rotated 90")
print("diag", [M[i][i] for i in range(3)], "anti", [M[i][2 - i] for i in range(3)], "trace", sum(M[i][i] for i in range(3)))
print("row sums", [sum(r) for r in M], "col sums", [sum(c) for c in zip(*M)])
bad = [[0] * 3] * 3
bad[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(bad, good)
spiral, m = [], [row[:] for row in [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print("spiral", spiral)
F = [[1.5, 2.25], [0.1, 0.2]]
show(multiply(F, F), "F*F")
flat = [x for row in M for x in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == M)
try:
    multiply(A, A)
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(list, zip(*[[1, 2], [3]]))), list(zip(*[])))
print(multiply([[1, 2]], [[3], [4]]), multiply([[1j, 1]], [[1j], [1]]))
