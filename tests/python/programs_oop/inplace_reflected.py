class Tracker:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __repr__(self):
        return f"{self.name}({self.v})"

class Acc(Tracker):
    def __iadd__(self, o):
        print(f"{self!r}.__iadd__({o!r})")
        self.v += o.v if isinstance(o, Tracker) else o
        return self
    def __add__(self, o):
        print(f"{self!r}.__add__({o!r})")
        return NotImplemented
    def __radd__(self, o):
        print(f"{self!r}.__radd__({o!r})")
        return Acc("r", self.v + (o.v if isinstance(o, Tracker) else o))
    def __isub__(self, o):
        print("isub returns NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("sub")
        return Acc("s", self.v - o)
    def __imul__(self, o):
        return None

a = Acc("a", 1)
b = a
a += 5
print(a, b, a is b)
print(3 + a)
print(a + 2 if False else "skip")
try:
    a + 2
except TypeError as e:
    print(type(e).__name__, e)
a -= 1
print(a, type(a).__name__)
m = Acc("m", 2)
m *= 3
print(m)

class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("Base.__add__")
        return "base"
    def __radd__(self, o):
        print("Base.__radd__")
        return "base-r"
class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__")
        return "derived-r"
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))

class Left:
    def __lt__(self, o):
        print("Left.__lt__")
        return NotImplemented
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __gt__(self, o):
        print("Right.__gt__")
        return True
    def __eq__(self, o):
        print("Right.__eq__")
        return NotImplemented
print(Left() < Right())
print(Left() == Right())
print(Left() != Right())
try:
    Left() < Left()
except TypeError as e:
    print(type(e).__name__, e)

class L(list):
    def __iadd__(self, o):
        print("L iadd")
        return super().__iadd__(o)
l = L([1])
l += [2]
print(l, type(l).__name__)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class Num:
    def __init__(self, v): self.v = v
    def __rpow__(self, o): return f"rpow {o}**{self.v}"
    def __rlshift__(self, o): return f"rlshift {o}"
    def __rand__(self, o): return "rand"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rdivmod__(self, o): return "rdivmod"
print(2 ** Num(3), 1 << Num(0), 5 & Num(1), 7 // Num(2), divmod(3, Num(1)))
try:
    pow(2, Num(3), 5)
except TypeError as e:
    print(type(e).__name__, e)
