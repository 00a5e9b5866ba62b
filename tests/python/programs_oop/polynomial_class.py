from fractions import Fraction
from itertools import zip_longest

class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) if c else (0,)

    @classmethod
    def from_roots(cls, *roots):
        p = cls(1)
        for r in roots:
            p = p * cls(-r, 1)
        return p

    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, o):
        if isinstance(o, (int, float, Fraction)):
            o = Poly(o)
        if not isinstance(o, Poly):
            return NotImplemented
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))
    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, o):
        if isinstance(o, (int, float, Fraction)):
            return Poly(*(a * o for a in self.c))
        if not isinstance(o, Poly):
            return NotImplemented
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)
    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        r = Poly(1)
        for _ in range(n):
            r = r * self
        return r

    def derivative(self):
        return Poly(*(i * a for i, a in enumerate(self.c))[1:]) if len(self.c) > 1 else Poly(0)

    def __eq__(self, o):
        if isinstance(o, (int, float)):
            o = Poly(o)
        return isinstance(o, Poly) and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __repr__(self):
        return f"Poly{self.c}"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i > 0 else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        s = " ".join(f"{sg} {t}" for sg, t in terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]

    def __format__(self, spec):
        if spec == "r":
            return repr(self)
        return format(str(self), spec)

p = Poly(1, -3, 2)
q = Poly(0, 1)
print(p, "|", q, "|", repr(p), p.degree())
print([p(x) for x in range(-2, 4)], p(Fraction(1, 2)), p(0.5))
print(p + q, "|", p - q, "|", p * q, "|", 3 * p, "|", p + 1, "|", 1 - p)
print(Poly.from_roots(1, 2, 3), "|", (q + 1) ** 3, "|", p.derivative(), "|", Poly(5).derivative())
print(p == Poly(1, -3, 2, 0, 0), Poly(4) == 4, {p: "p"}[Poly(1, -3, 2)], Poly() == 0)
print(f"[{p:>20}] [{q:r}] [{Poly(-1, 0, -1)}]")
print(Poly(Fraction(1, 2), Fraction(-3, 4)), Poly(0.5, 1.25) * 2)
try:
    p ** -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    p * "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    p @ q
except TypeError as e:
    print(type(e).__name__, e)
