# Solving small linear systems by Gaussian elimination; singular and malformed inputs raise.
from fractions import Fraction

class SingularMatrix(ArithmeticError):
    pass

def solve(a, b):
    n = len(a)
    if any(len(row) != n for row in a):
        raise ValueError("matrix must be square")
    if len(b) != n:
        raise ValueError(f"right-hand side has {len(b)} entries, expected {n}")
    m = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            raise SingularMatrix(f"no pivot in column {col}")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]

systems = [
    ([[2, 1], [1, 3]], [3, 5]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[1, 2, 3], [4, 5]], [1, 2]),
    ([[1, 0], [0, 1]], [1, 2, 3]),
    ([[1, "a"], [0, 1]], [1, 1]),
    ([[0.5, 0.25], [0.1, 1]], ["1/2", "3"]),
    ([["1/0", 1], [0, 1]], [1, 1]),
    ([[1, None], [0, 1]], [1, 1]),
]
for a, b in systems:
    try:
        x = solve(a, b)
        print(a, b, "->", [str(v) for v in x])
    except SingularMatrix as e:
        print(a, b, "-> SingularMatrix:", e, "| ArithmeticError?", isinstance(e, ArithmeticError))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(a, b, "->", type(e).__name__ + ":", e)
for text in ["3/4", "1.5", "-2", " 7/8 ", "1/0", "x/2", "2/3.0", "1e-3", "0x10"]:
    try:
        print(repr(text), Fraction(text))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(text), type(e).__name__, e)
for args in [(1, 3), (1.5, 2), (Fraction(1, 2), Fraction(0)), (3, "4"), (float("inf"),), (float("nan"),)]:
    try:
        print(args, Fraction(*args))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(Fraction(1, 3) + 0.5, Fraction(1, 3) ** 2, Fraction(-7, 2) // 1, round(Fraction(7, 2)))
solve([[0, 0], [0, 0]], [1, 1])
