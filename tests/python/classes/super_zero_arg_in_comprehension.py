# Zero-argument super() inside a comprehension (its own function scope in 3.11) takes the
# comprehension's first argument, its iterator: CPython's TypeError, not a missing __class__ cell.
class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        try:
            return [super().m() for _ in range(1)]
        except TypeError as e:
            return f"TypeError {e}"
    def g(self):
        return list(super().m() for _ in range(1))
print(B().m())
try:
    print(B().g())
except TypeError as e:
    print("TypeError", e)
class C(A):
    def m(self):
        s = super()
        return [s.m() for _ in range(2)]
print(C().m())
