class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
    def __rmatmul__(self, o): return M(o * 100 + self.v)
    def __imatmul__(self, o): self.v = -1; return self
    def __repr__(self): return "M(%r)" % self.v
a, b = M(2), M(3)
print(a @ b, 5 @ b)
a @= b
print(a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
