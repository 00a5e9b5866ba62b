class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B>" + super().f()
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(D().f())
print(super(B, D()).f(), super(C, D()).f())
s = super(D, D())
print(type(s).__name__)
class E(A):
    def f(self):
        g = lambda: super(E, self).f()
        return "E>" + g()
print(E().f())
