class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c
    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def derivative(self):
        return Poly([i * c for i, c in enumerate(self.c)][1:] or [0])
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            c = self.c[i]
            if c == 0 and len(self.c) > 1:
                continue
            sign = "-" if c < 0 else "+"
            c = abs(c)
            body = ("" if c == 1 and i else str(c)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        if not terms:
            return "0"
        first = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        return " ".join([first] + [f"{s} {b}" for s, b in terms[1:]])
p = Poly([1, -3, 0, 2])
q = Poly([0, 1])
print(p, "|", q, "|", p + q, "|", p * q, "|", p.derivative(), "|", p.derivative().derivative())
print([p(x) for x in range(-2, 3)], (p * p)(2) == p(2) ** 2)
print(Poly([0]), Poly([5]), Poly([0, 0, -1]), Poly([1, 1]) * Poly([1, -1]) == Poly([1, 0, -1]))
def newton(poly, x, steps=20):
    d = poly.derivative()
    for _ in range(steps):
        x = x - poly(x) / d(x)
    return round(x, 10)
print(newton(Poly([-2, 0, 1]), 1.0), newton(p, 2.0))
