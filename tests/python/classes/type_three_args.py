def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.v * 2, "k": 7})
d = Dyn(21)
print(Dyn.__name__, d.double(), Dyn.k, type(d).__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub(1).double(), Sub.__mro__[1].__name__)
print(type(5), type("s"), type(None), type(type))
print(type(int), type(Dyn))
