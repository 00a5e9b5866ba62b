class Outer:
    class Inner:
        class Deep:
            def method(self):
                def local():
                    class InFunc:
                        pass
                    return InFunc
                return local
    def make(self):
        class Made:
            def m(self):
                pass
        return Made
    lam = lambda self: None

print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.method.__qualname__)
local = Outer.Inner.Deep().method()
print(local.__qualname__, local().__qualname__, local().__name__)
Made = Outer().make()
print(Made.__qualname__, Made.m.__qualname__, Outer.lam.__qualname__, Outer.lam.__name__)
print(Outer.Inner, Outer.Inner.Deep, local(), Made)
print(repr(Outer.Inner.Deep.method).split(" at ")[0])
def gen():
    yield 1
print(gen.__qualname__, type(gen()).__name__, gen().__qualname__, gen().__name__)
class WithComp:
    vals = [x for x in range(3)]
    sq = {x: x * x for x in range(3)}
    fn = staticmethod(lambda: [lambda: 0][0])
print(WithComp.vals, WithComp.sq, WithComp.fn().__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.make.__module__)
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner, Outer.Inner.__name__)
Outer.Inner.__name__ = "NewName"
print(Outer.Inner.__name__, Outer.Inner.__qualname__, repr(Outer.Inner))
try:
    Outer.Inner.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.Inner.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
f.__qualname__ = "custom.q"
print(repr(f).split(" at ")[0], f.__qualname__)
try:
    f.__qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__name__ = None
except TypeError as e:
    print(type(e).__name__, e)
print(type(Outer.__dict__["lam"]).__name__, Outer.Inner.Deep.__dict__["method"].__name__)
