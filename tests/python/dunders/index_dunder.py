class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(10)[Idx(3)], list(range(Idx(3))))
print(operator_index := Idx(7).__index__())
print((1, 2, 3)[Idx(-1)], [0] * Idx(3))
try:
    [1, 2][1.0]
except TypeError as e:
    print(e)
try:
    "abc"["x"]
except TypeError as e:
    print(e)
