class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def who(self):
        return "D>" + super().who()
    def chain(self):
        return ["D"] + super().chain()

print(D.__mro__)
print([k.__name__ for k in D.mro()])
print(D().who(), D().chain())
print(D.__bases__, D.__base__, B.__bases__, A.__bases__, object.__bases__)
print(super(B, D()).who(), super(C, D()).chain())

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class P1(B, C): pass
    class P2(C, B): pass
    class Bad3(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init__(self, **kw):
        print("Base init", kw)
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom init")
        super().__init__(**kw)
Bottom(left=1, right=2, extra=3)
print(issubclass(Bottom, Base), isinstance(Bottom(), Right))

class Meta(type):
    def mro(cls):
        default = super().mro()
        print("custom mro for", cls.__name__)
        return default
class WithMeta(metaclass=Meta): pass
print(WithMeta.__mro__)
print(int.__mro__, bool.__mro__, type.__mro__)
class S(str): pass
print(S.__mro__, S.__mro__[1].__mro__)
print(D.__subclasses__(), A.__subclasses__())
try:
    super().who()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside(self):
    return super().who()
try:
    outside(D())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
print(super(D, D()))
print(repr(super(B, D())).startswith("<super: <class 'B'>"))
