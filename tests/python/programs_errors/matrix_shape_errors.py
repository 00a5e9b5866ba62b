# Matrix helpers with shape checks; also shows IndexError/TypeError from misuse.
class ShapeError(ValueError):
    pass

def shape(m):
    rows = len(m)
    cols = {len(r) for r in m}
    if len(cols) != 1:
        raise ShapeError(f"ragged matrix: row lengths {sorted(cols)}")
    return rows, cols.pop()

def matmul(a, b):
    (n, k1), (k2, p) = shape(a), shape(b)
    if k1 != k2:
        raise ShapeError(f"cannot multiply {n}x{k1} by {k2}x{p}")
    return [[sum(a[i][k] * b[k][j] for k in range(k1)) for j in range(p)] for i in range(n)]

A = [[1, 2], [3, 4]]
B = [[5, 6, 7], [8, 9, 10]]
C = [[1, 2], [3]]
for x, y in [(A, B), (B, A), (A, C), (A, A)]:
    try:
        print(matmul(x, y))
    except ShapeError as e:
        print("ShapeError:", e, "| is ValueError:", isinstance(e, ValueError))

try:
    print(A[2][0])
except IndexError as e:
    print("IndexError:", e)
try:
    print(A[0][1][0])
except TypeError as e:
    print("TypeError:", e)
try:
    print(A[0, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(A[1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    A[0][5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del A[9]
except IndexError as e:
    print("IndexError:", e)
try:
    t = tuple(A[0])
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for v in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
try:
    None[0]
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 0)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    print(len)
    len[0]
except TypeError as e:
    print("TypeError:", e)
try:
    int[0]
    print("int[0] is", int[0])
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int])
print(matmul(B, A))
