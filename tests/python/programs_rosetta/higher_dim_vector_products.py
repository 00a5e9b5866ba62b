def dot(a, b):
    return sum(x * y for x, y in zip(a, b))

def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])

a, b, c = (3, 4, 5), (4, 3, 5), (-5, -12, -13)
print("a . b =", dot(a, b))
print("a x b =", cross(a, b))
print("a . (b x c) =", dot(a, cross(b, c)))
print("a x (b x c) =", cross(a, cross(b, c)))

class Quaternion:
    def __init__(self, r, i, j, k):
        self.q = (r, i, j, k)
    def __repr__(self):
        return "Q(%s, %s, %s, %s)" % self.q
    def __add__(self, o):
        if isinstance(o, (int, float)):
            o = Quaternion(o, 0, 0, 0)
        return Quaternion(*(x + y for x, y in zip(self.q, o.q)))
    __radd__ = __add__
    def __neg__(self):
        return Quaternion(*(-x for x in self.q))
    def conjugate(self):
        r, i, j, k = self.q
        return Quaternion(r, -i, -j, -k)
    def __abs__(self):
        return sum(x * x for x in self.q) ** 0.5
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Quaternion(*(x * o for x in self.q))
        a1, b1, c1, d1 = self.q
        a2, b2, c2, d2 = o.q
        return Quaternion(a1 * a2 - b1 * b2 - c1 * c2 - d1 * d2, a1 * b2 + b1 * a2 + c1 * d2 - d1 * c2,
                          a1 * c2 - b1 * d2 + c1 * a2 + d1 * b2, a1 * d2 + b1 * c2 - c1 * b2 + d1 * a2)
    __rmul__ = lambda self, o: self * o
    def __eq__(self, o):
        return self.q == o.q

q, q1, q2, r = Quaternion(1, 2, 3, 4), Quaternion(2, 3, 4, 5), Quaternion(3, 4, 5, 6), 7
print(abs(q), -q, q.conjugate(), r + q, q + r, q1 + q2, q * r, r * q, q1 * q2, q2 * q1, q1 * q2 == q2 * q1)
