# inspect.signature(cls): the class nearest in the MRO with __new__ or __init__ decides; within
# one class, __new__ wins.
import inspect
class A:
    def __new__(cls, a, *rest): return super().__new__(cls)
    def __init__(self, a, b, c): pass
class B(A):
    def __init__(self, x): pass
class C(B):
    pass
for k in (A, B, C):
    print(k.__name__, inspect.signature(k))
