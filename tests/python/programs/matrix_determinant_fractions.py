def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) or 1
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, s * d // g
    def __add__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o): o = o if isinstance(o, Frac) else Frac(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det([[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 3, 0], [0, 0, 0, 4]]))
print(Frac(1, 2) + Frac(1, 3), Frac(3, 4) - 1, Frac(2, 3) * Frac(9, 4), Frac(1, 2) / Frac(3, 4), -Frac(5, 10), Frac(4, -8))
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
print(det([[Frac(1, 2), Frac(1, 3)], [Frac(1, 4), Frac(1, 5)]]))
print(Frac(2, 4) == Frac(1, 2), Frac(3) == 3)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
