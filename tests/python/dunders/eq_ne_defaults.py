class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
a, b, c = OnlyEq(1), OnlyEq(1), OnlyEq(2)
print(a == b, a != b, a != c, a == 1, a != 1)
class Always:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(Always() == 1, Always() != 1)
print([1, 2].__eq__([1, 2]), (1).__eq__(1.5), (1).__eq__("x"))
