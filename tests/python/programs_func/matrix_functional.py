from functools import reduce
from itertools import starmap, product, repeat, chain
from operator import mul, add, sub
import math

def mat_mul(a, b):
    cols = list(zip(*b))
    return [[sum(starmap(mul, zip(row, col))) for col in cols] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(m, k):
    return reduce(mat_mul, repeat(m, k), identity(len(m)))

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def show(m, label):
    width = max(len(str(x)) for x in chain.from_iterable(m))
    print(label)
    for row in m:
        print("  [" + " ".join(f"{x:>{width}}" for x in row) + "]")

fib = [[1, 1], [1, 0]]
show(mat_pow(fib, 10), "fib^10")
print([mat_pow(fib, n)[0][1] for n in range(15)])
a = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
show(mat_mul(a, a), "a*a")
show(transpose([[1, 2, 3], [4, 5, 6]]), "transpose")
print(det(a), det(identity(4)), det([[1, 2], [2, 4]]))
print(list(map(list, map(partial_sum := (lambda r: list(map(add, r, r))), a))))
v = [3, 4, 12]
print(math.sqrt(sum(map(mul, v, v))), math.dist([0, 0, 0], v), math.hypot(*v))
print(list(map(sub, [10, 20, 30], [1, 2, 3])), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
coords = list(product(range(3), repeat=2))
print(coords, len(coords))
grid = {p: sum(p) for p in coords}
print(max(grid, key=grid.get), sorted(set(grid.values())))
flat = list(chain.from_iterable(a))
print(flat, sum(flat), min(flat), max(flat), sorted(flat, key=abs, reverse=True)[:3])
print(mat_mul([[1, 2]], [[3], [4]]), mat_mul([[1.5]], [[2]]))
try:
    mat_mul([[1, 2]], [[1, 2]])
    print("no error: zip truncates silently")
except Exception as e:
    print(type(e).__name__, e)
print(reduce(mat_mul, [identity(2)] * 3) == identity(2))
print(reduce(lambda x, y: x if len(x) >= len(y) else y, [[1], [1, 2, 3], [4, 5]]))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[0.5, 1.5], [2.0, 4.0]]))
