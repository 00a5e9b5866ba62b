class Fraction:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        a, b = abs(n), abs(d)
        while b:
            a, b = b, a % b
        g = a or 1
        sign = -1 if (n < 0) != (d < 0) and n != 0 else 1
        self.n, self.d = sign * abs(n) // g, abs(d) // g
    def __add__(self, o): o = F(o); return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): o = F(o); return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = F(o); return Fraction(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): o = F(o); return Fraction(self.n * o.d, self.d * o.n)
    def __eq__(self, o): o = F(o); return self.n == o.n and self.d == o.d
    def __bool__(self): return self.n != 0
    def __repr__(self): return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

def F(x):
    return x if isinstance(x, Fraction) else Fraction(x)

def solve(A, b):
    n = len(A)
    M = [[F(v) for v in row] + [F(bv)] for row, bv in zip(A, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if M[r][col]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        M[col], M[pivot] = M[pivot], M[col]
        pv = M[col][col]
        M[col] = [v / pv for v in M[col]]
        for r in range(n):
            if r != col and M[r][col]:
                factor = M[r][col]
                M[r] = [a - factor * c for a, c in zip(M[r], M[col])]
    return [row[-1] for row in M]

systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 2], [3, 4]], [5, 6]),
    ([[0, 1], [1, 0]], [7, 9]),
    ([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[3, 2, -1, 4], [2, -2, 4, 1], [-1, 0.5, -1, 2], [1, 1, 1, 1]], [1, -2, 0, 10]),
]
for A, b in systems:
    try:
        print(solve(A, b) if all(isinstance(v, int) for row in A for v in row) else "skipped float system")
    except ValueError as e:
        print("error:", e)
print(Fraction(3, -6), Fraction(0, 5), Fraction(10, 4) + 1, Fraction(1, 3) * 3 == 1)
