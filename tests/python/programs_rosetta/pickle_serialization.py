import pickle
import copy

class Animal:
    def __init__(self, name, legs):
        self.name, self.legs = name, legs
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.legs})"
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, 4)
        self.tricks = []

d = Dog("Rex")
d.tricks.append("sit")
zoo = [d, Animal("Snake", 0), {"count": 2, "tuple": (1, 2.5, "x"), "set": frozenset({3})}]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(zoo, protocol=proto))
    print(proto, back == zoo, back[0].tricks, type(back[0]).__name__)
shared = [1, 2]
pair = [shared, shared]
b = pickle.loads(pickle.dumps(pair))
print(b[0] is b[1], copy.deepcopy(pair)[0] is copy.deepcopy(pair)[1])
c = copy.copy(d)
dd = copy.deepcopy(d)
d.tricks.append("roll")
print(c.tricks, dd.tricks, c == d, dd == d)
print(pickle.loads(pickle.dumps(2 ** 100)), pickle.loads(pickle.dumps(b"\x00bytes")), pickle.loads(pickle.dumps(None)))
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
