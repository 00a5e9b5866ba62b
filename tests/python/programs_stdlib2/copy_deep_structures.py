import copy


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.cache = {}

    def __repr__(self):
        return f"Matrix({self.rows})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return f"Slotted({self.a!r}, {self.b!r})"


class WithReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (WithReduce, (self.value * 2,))

    def __repr__(self):
        return f"WithReduce({self.value})"


class WithState:
    def __init__(self):
        self.secret = "s"
        self.public = [1]

    def __getstate__(self):
        return {"public": self.public}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


m = Matrix([[1, 2], [3, 4]])
m2 = copy.deepcopy(m)
m2.rows[0][0] = 99
print(m, m2, m.rows is m2.rows, m.cache is m2.cache)
s = Slotted([1], {"k": "v"})
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
s.a.append(2)
print(s2, s3)
print(copy.copy(WithReduce(5)), copy.deepcopy(WithReduce(5)))
ws = copy.deepcopy(WithState())
print(vars(ws))
shared = [1, 2]
container = {"x": shared, "y": shared, "t": (shared,)}
dc = copy.deepcopy(container)
print(dc["x"] is dc["y"], dc["t"][0] is dc["x"], dc["x"] is shared)
memo = {}
a = copy.deepcopy([shared, shared], memo)
print(a[0] is a[1], len(memo) > 0)
print(copy.copy([1, [2]])[1] is copy.copy([1, [2]])[1], copy.deepcopy(3.5), copy.deepcopy(None), copy.copy(len))
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
import types
ns = types.SimpleNamespace(a=[1])
ns2 = copy.deepcopy(ns)
ns2.a.append(2)
print(ns, ns2)
from collections import OrderedDict, defaultdict, deque
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["new"].append(0)
print(dd, dd2, copy.copy(deque([1, 2], maxlen=3)), copy.deepcopy(OrderedDict(z=1, a=2)))
print(copy.copy(range(3)), copy.deepcopy({1, 2}), copy.copy(bytearray(b"ab")), copy.deepcopy(frozenset({(1, 2)})))
class NoCopy:
    def __deepcopy__(self, memo):
        raise copy.Error("cannot deep copy NoCopy")
try:
    copy.deepcopy([NoCopy()])
except copy.Error as e:
    print("copy.Error", e)
print(copy.Error is copy.error)
f = lambda x: x
print(copy.deepcopy(f) is f, copy.copy(type) is type)
