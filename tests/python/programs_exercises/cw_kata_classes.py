from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"

    def __hash__(self):
        return hash(self.parts)


vs = [Version(v) for v in ["1.10", "1.2", "1.2.0", "0.9.9", "2"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.0"), Version("3") >= Version("2.9"))
print(len(set(vs)), Version("1.2") != Version("1.2"))


class Vector:
    def __init__(self, *c):
        self.c = c

    def _check(self, o):
        if len(self.c) != len(o.c):
            raise ValueError("vectors must have the same length")

    def add(self, o):
        self._check(o)
        return Vector(*(a + b for a, b in zip(self.c, o.c)))

    def dot(self, o):
        self._check(o)
        return sum(a * b for a, b in zip(self.c, o.c))

    def norm(self):
        return self.dot(self) ** 0.5

    def __str__(self):
        return "(" + ",".join(map(str, self.c)) + ")"

    __repr__ = __str__

    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __bool__(self):
        return any(self.c)


a, b = Vector(1, 2, 3), Vector(3, 4, 5)
print(a.add(b), a.dot(b), Vector(3, 4).norm(), a == Vector(1, 2, 3), a[1:], list(a), len(a), bool(Vector(0, 0)))
try:
    a.add(Vector(1))
except ValueError as e:
    print("ValueError:", e)
print(sorted([b, a], key=len), sum(a), max(a), *a, [*a, *b], {*a} & {*b})


class Calculator:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

    def evaluate(self, expr):
        toks = expr.split()
        out, ops = [], []

        def apply():
            op = ops.pop()
            y, x = out.pop(), out.pop()
            out.append({"+": x + y, "-": x - y, "*": x * y, "/": x / y}[op])

        for t in toks:
            if t in self.PREC:
                while ops and self.PREC[ops[-1]] >= self.PREC[t]:
                    apply()
                ops.append(t)
            else:
                out.append(float(t))
        while ops:
            apply()
        r = out[0]
        return int(r) if r == int(r) else r


calc = Calculator()
for e in ["2 / 2 + 3 * 4 - 6", "2 + 3 * 4 / 3 - 6 / 3 * 3 + 8", "1.1 + 2.2 + 3.3", "1 / 3", "10 * 0.1"]:
    print(f"{e!s:32} = {calc.evaluate(e)!r}")


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack{list.__repr__(self)}"


st = Stack([1, 2])
st.push(3)
print(st, st.peek(), len(st), st + [4], type(st + [4]).__name__, st[::-1], isinstance(st, list))


class Temperature(float):
    def __new__(cls, celsius):
        return super().__new__(cls, celsius)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}°C"


t = Temperature(21.5)
print(t, repr(t), t.fahrenheit, t + 1, type(t + 1).__name__, str(t), f"{t:.3f}", [t])
