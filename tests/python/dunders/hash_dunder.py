class Key:
    def __init__(self, k): self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, o):
        print("eq", self.k, o.k)
        return self.k == o.k
d = {}
d[Key(1)] = "a"
print(d[Key(1)])
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
s = {Collide(1), Collide(2), Collide(1)}
print(len(s))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
print(hash(-1) == hash(-2))
