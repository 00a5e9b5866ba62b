# Exact linear algebra with Fractions: Gaussian elimination, determinant, inverse.
from fractions import Fraction as F
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = F(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return F(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d
def inverse(m):
    n = len(m)
    a = [list(map(F, row)) + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next(r for r in range(c, n) if a[r][c] != 0)
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]
        a[c] = [v / piv for v in a[c]]
        for r in range(n):
            if r != c and a[r][c] != 0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]
A = [[F(2), F(1), F(1)], [F(1), F(3), F(2)], [F(1), F(0), F(0)]]
print(det(A), [[str(x) for x in row] for row in inverse(A)])
H = [[F(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(H), [[str(x) for x in row] for row in inverse(H)])
inv = inverse(H)
prod = [[sum(H[i][k] * inv[k][j] for k in range(4)) for j in range(4)] for i in range(4)]
print(prod == [[F(int(i == j)) for j in range(4)] for i in range(4)])
b = [F(1), F(2), F(3), F(4)]
x = [sum(inv[i][j] * b[j] for j in range(4)) for i in range(4)]
print([str(v) for v in x], [float(v) for v in x])
print(det([[F(1), F(2)], [F(2), F(4)]]), det([[F(0), F(1)], [F(1), F(0)]]))
try:
    inverse([[1, 2], [2, 4]])
except StopIteration:
    print('singular matrix')
