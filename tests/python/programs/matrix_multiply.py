def zeros(n, m):
    return [[0] * m for _ in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    result = zeros(len(a), len(b[0]))
    for i, row in enumerate(a):
        for j in range(len(b[0])):
            result[i][j] = sum(row[k] * b[k][j] for k in range(len(b)))
    return result
def transpose(m):
    return [list(col) for col in zip(*m)]
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))
    print()
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
show(transpose(a))
print(matmul(identity(3), b) == b)
def matpow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
try:
    matmul(a, a)
except ValueError as e:
    print(e)
fl = matmul([[0.5, 1.5]], [[2.0], [0.1]])
print(fl)
