"""Protocol.register: ABCMeta.register may ask a non-runtime protocol (CPython allows the abc and functools modules such checks); everyone else gets the TypeError."""
from typing import Protocol, runtime_checkable
class P(Protocol):
    def f(self): ...
class C:
    pass
P.register(C)
print(issubclass(C, P) if False else "registered")
@runtime_checkable
class R(Protocol):
    def g(self): ...
R.register(C)
print(isinstance(C(), R), issubclass(C, R))
try:
    isinstance(C(), P)
except TypeError as e:
    print("TypeError", e)
from functools import singledispatch
@singledispatch
def show(x): return "default"
@show.register
def _(x: int): return "int"
print(show(1), show("s"))
class D: pass
P.register(D)
print("D registered")
try:
    issubclass(D, P)
except TypeError as e:
    print("TypeError", e)
