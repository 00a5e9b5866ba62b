class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.mro()])
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class F(O): pass
class E(O): pass
class Dm(O): pass
class Cm(Dm, F): pass
class Bm(Dm, E): pass
class Am(Bm, Cm): pass
print([k.__name__ for k in Am.__mro__])
