def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o):
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

a, b = Frac(1, 3), Frac(1, 6)
print(a + b, a - b, a * b, a / b, Frac(4, -8), Frac(0, 5))
print(sorted([Frac(3, 4), Frac(1, 2), Frac(2, 3)]), float(Frac(7, 8)))
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print(h, round(float(h), 6))
print(Frac(2, 4) == Frac(1, 2))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
