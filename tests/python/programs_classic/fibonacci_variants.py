import sys
from functools import lru_cache, reduce
from itertools import islice


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)


@lru_cache
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def mat_mult(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]


def fib_matrix(n):
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]


print([fib_iter(i) for i in range(15)])
print([fib_rec(i) for i in range(15)])
print(list(islice(fib_gen(), 15)))
print(fib_memo(90), fib_iter(90), fib_matrix(90))
print(fib_matrix(200))
print(len(str(fib_iter(1000))), "digits in fib(1000)")
print(fib_memo.cache_info())
even = [f for f in islice(fib_gen(), 40) if f % 2 == 0]
print("even fibs:", even[:8], "sum under 4M:", sum(f for f in even if f < 4_000_000))
print(reduce(lambda acc, _: (acc[1], acc[0] + acc[1]), range(10), (0, 1)))
ratios = [fib_iter(n + 1) / fib_iter(n) for n in range(1, 20)]
print([round(r, 6) for r in ratios[-5:]])
print(f"golden ratio ~ {ratios[-1]:.12f}")
lucas = [2, 1]
while len(lucas) < 12:
    lucas.append(lucas[-1] + lucas[-2])
print("lucas:", lucas)
tribo = [0, 0, 1]
for _ in range(12):
    tribo.append(sum(tribo[-3:]))
print("tribonacci:", tribo)
print(sys.getrecursionlimit() >= 1000)
print(fib_iter(-3), fib_matrix(0), fib_matrix(1))
