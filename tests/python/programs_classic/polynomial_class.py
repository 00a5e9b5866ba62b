from itertools import zip_longest


class Polynomial:
    def __init__(self, *coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial(other)
        return Polynomial(*(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*(-c for c in self.coeffs))

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial(*(c * other for c in self.coeffs))
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial(1)
        for _ in range(n):
            result = result * self
        return result

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs))[1:]) if self.degree else Polynomial(0)

    def __repr__(self):
        return f"Polynomial({', '.join(map(repr, self.coeffs))})"

    def __str__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            c = self.coeffs[power]
            if c == 0 and self.degree > 0:
                continue
            sign = "-" if c < 0 else "+"
            c = abs(c)
            coef = "" if c == 1 and power else str(c)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, f"{coef}{var}"))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            text += f" {sign} {t}"
        return text

    def roots_newton(self, guess, steps=30):
        d = self.derivative()
        x = guess
        for _ in range(steps):
            dx = d(x)
            if dx == 0:
                break
            x -= self(x) / dx
        return x


p = Polynomial(1, -3, 2)
q = Polynomial(-1, 1)
print(p, "|", q, "|", repr(p), p.degree)
print(p + q, "|", p - q, "|", p * q, "|", q ** 3, "|", 2 * p, "|", p + 5)
print([p(x) for x in range(-2, 4)], p.derivative(), p.derivative().derivative(), Polynomial(7).derivative())
print(Polynomial(0, 0, 0), Polynomial(-1), Polynomial(0, -1), Polynomial(3, 0, 0, -1), Polynomial(0.5, 1.5))
print(p == Polynomial(1, -3, 2, 0), p == q, (q ** 2) == q * q)
cubic = Polynomial(-6, 11, -6, 1)
print(cubic, [round(cubic.roots_newton(g), 6) for g in (0, 1.6, 5)])
print(f"{Polynomial(-2, 0, 1).roots_newton(1.0):.12f}")
