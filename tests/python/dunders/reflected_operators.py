class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __radd__(self, o): return N(o + self.v)
    def __rsub__(self, o): return N(o - self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __rpow__(self, o): return N(o ** self.v)
    def __rlshift__(self, o): return N(o << self.v)
    def __rand__(self, o): return N(o & self.v)
    def __ror__(self, o): return N(o | self.v)
    def __rxor__(self, o): return N(o ^ self.v)
    def __rfloordiv__(self, o): return N(o // self.v)
    def __rmod__(self, o): return N(o % self.v)
    def __rdivmod__(self, o): return (o // self.v, o % self.v)
print(1 + N(2), 10 - N(3), 1 / N(4), 2 ** N(5), 1 << N(3))
print(6 & N(3), 6 | N(3), 6 ^ N(3), 7 // N(2), 7 % N(2), divmod(7, N(2)))
print(sum([N(1), N(2)], 0) if False else sum([1, 2], 0))
class Sub(N):
    def __add__(self, o): return "Sub.__add__"
    def __radd__(self, o): return "Sub.__radd__"
class Base:
    def __add__(self, o): return "Base.__add__"
print(Base() + Sub(1))
class Ni:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "Ni.__radd__"
print(1 + Ni())
try:
    Ni() + Ni()
except TypeError as e:
    print(e)
