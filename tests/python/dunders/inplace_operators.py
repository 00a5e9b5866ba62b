class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __isub__(self, v):
        self.items.remove(v)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __ior__(self, v):
        self.items.append(("or", v))
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 2
a |= 9
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)
class Weird:
    def __iadd__(self, o): return "replaced"
w = Weird()
w += 1
print(w)
