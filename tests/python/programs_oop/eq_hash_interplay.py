class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v

print(OnlyEq.__hash__)
try:
    {OnlyEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)

class EqHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(1) in s)

class Inherit(EqHash):
    def __eq__(self, o):
        return True
print(Inherit.__hash__)

class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p, hash(p) == hash(p))

class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

class Mutable:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
m = Mutable("a")
d = {m: 1}
m.k = "b"
print(m in d, Mutable("a") in d, Mutable("b") in d, len(d))

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
class Ne:
    def __eq__(self, o):
        return "truthy"
print(Ne() == 1, Ne() != 1, [Ne()] == [1], 1 in [Ne()])
class NoNe:
    def __ne__(self, o):
        return "ne"
print(NoNe() == NoNe(), NoNe() != 1)
class Always:
    def __eq__(self, o):
        print("eq called")
        return True
a = Always()
print([a] == [a], a in [a], [Always()] == [Always()], (1, a) == (1, 2))
print(float("nan") in [float("nan")], (n := float("nan")) in [n])
print(1 == 1.0, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print({0, False, 0.0, -0.0}, 0.1 + 0.2 == 0.3)
