class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
class R:
    __slots__ = ["a"]
r = R()
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
r.a = 1
del r.a
print(hasattr(r, "a"))
print(type(P.x).__name__)
