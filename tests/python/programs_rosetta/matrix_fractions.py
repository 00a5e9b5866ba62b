from fractions import Fraction as F

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    m = [[F(x) for x in row] for row in m]
    n = len(m)
    result = F(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return F(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            result = -result
        result *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return result

def inverse(m):
    n = len(m)
    aug = [[F(x) for x in row] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]

def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  ".join(str(x).rjust(width) for x in row))

A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[F(1, 2), 0, 1], [0, F(2, 3), 0], [1, 1, 1]]
show(matmul(A, B))
show(transpose(A))
print("det A =", det(A), "det B =", det(B))
inv = inverse(A)
show(inv)
show(matmul(A, inv))
print(det([[2, 4], [1, 2]]))
print(repr(F(3, 6)), F("1.25"), F(-7, 3).__floor__(), round(F(7, 2)), round(F(5, 2)))
