import copy

class Shallow:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("__copy__ called")
        new = Shallow(self.items)
        new.copied = True
        return new

class Deep:
    def __init__(self, data, name):
        self.data = data
        self.name = name
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo has", len(memo) > 0 if memo else 0)
        new = Deep(copy.deepcopy(self.data, memo), self.name + "-copy")
        return new

s = Shallow([1, 2])
s2 = copy.copy(s)
print(s2.items is s.items, s2.copied, hasattr(s, "copied"))
d = Deep({"k": [1]}, "orig")
d2 = copy.deepcopy(d)
print(d2.name, d2.data == d.data, d2.data is d.data, d2.data["k"] is d.data["k"])

class Plain:
    def __init__(self):
        self.lst = [1, [2, 3]]
        self.me = self
p = Plain()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2.lst is p.lst, p2.me is p, p3.lst is p.lst, p3.me is p3, p3.lst[1] is p.lst[1])

shared = [0]
container = [shared, shared, {"a": shared}]
c = copy.deepcopy(container)
print(c[0] is c[1], c[2]["a"] is c[0], c[0] is shared)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy([1, 2]) == [1, 2], copy.copy({1: 2}), copy.copy({1, 2}), copy.copy("s"), copy.copy(None))

class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = "expensive"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = copy.deepcopy(WithState(5))
print(w.v, w.cache)
w2 = copy.copy(WithState(6))
print(w2.v, w2.cache)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
class Reduce:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        print("reduce")
        return (Reduce, (self.x * 10,))
print(copy.copy(Reduce(1)).x)
class NoCopy:
    def __copy__(self):
        raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as e:
    print(type(e).__name__, e)
import functools
print(copy.deepcopy(len) is len, copy.deepcopy(Plain) is Plain, copy.copy(functools.partial(int, "5"))())
try:
    copy.deepcopy(iter(set()).__class__)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(list):
    pass
sb = Sub([1, [2]])
sb.attr = "a"
sb2 = copy.deepcopy(sb)
print(type(sb2).__name__, sb2, sb2.attr, sb2[1] is sb[1])
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
