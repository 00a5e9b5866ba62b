# Instances of user classes: the default reduction, __reduce__, __reduce_ex__, __getstate__,
# __setstate__, __getnewargs__, __getnewargs_ex__ and __slots__, for every protocol.
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__


class Empty:
    pass


class WithState:
    def __init__(self, x):
        self.x = x

    def __getstate__(self):
        return {"x": self.x, "extra": "from getstate"}

    def __setstate__(self, state):
        self.x = state["x"]
        self.restored = state["extra"]


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class ReducedEx:
    def __reduce_ex__(self, protocol):
        return (ReducedEx, (), {"proto": protocol})


class NewArgs(int):
    def __new__(cls, value, label):
        self = int.__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


class NewArgsEx:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.n = size
        return self

    def __getnewargs_ex__(self):
        return ((), {"size": self.n})


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class MyList(list):
    pass


class MyDict(dict):
    pass


for proto in range(6):
    p = pickle.loads(pickle.dumps(Plain(), proto))
    print(proto, pickle.dumps(Plain(), proto), p.a, p.b)
    print(proto, pickle.dumps(Empty(), proto), type(pickle.loads(pickle.dumps(Empty(), proto))).__name__)
    w = pickle.loads(pickle.dumps(WithState(5), proto))
    print(proto, pickle.dumps(WithState(5), proto), w.x, w.restored)
    r = pickle.loads(pickle.dumps(Reduced(1, "b"), proto))
    print(proto, pickle.dumps(Reduced(1, "b"), proto), r.a, r.b)
    print(proto, pickle.loads(pickle.dumps(ReducedEx(), proto)).__dict__)
    n = pickle.loads(pickle.dumps(NewArgs(3, "three"), proto))
    print(proto, pickle.dumps(NewArgs(3, "three"), proto), n, n.label)
    if proto >= 2:
        e = pickle.loads(pickle.dumps(NewArgsEx(size=4), proto))
        print(proto, pickle.dumps(NewArgsEx(size=4), proto), e.n)
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print(proto, pickle.dumps(Slotted(), proto), s.x, s.y)
    else:
        try:
            pickle.dumps(Slotted(), proto)
        except TypeError as exc:
            print(proto, "TypeError", exc)
    ml = MyList([1, 2])
    ml.tag = "t"
    back = pickle.loads(pickle.dumps(ml, proto))
    print(proto, pickle.dumps(ml, proto), back, back.tag, type(back).__name__)
    md = MyDict(a=1)
    back = pickle.loads(pickle.dumps(md, proto))
    print(proto, pickle.dumps(md, proto), back, type(back).__name__)
