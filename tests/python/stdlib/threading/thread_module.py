class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("prep", type(ns).__name__, list(ns)[:3], kw)
        return super().__new__(mcls, name, bases, dict(ns))
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"a":1}
class A(metaclass=M, x=1):
    b = 2
print(A.a)
print(type(list[int]), list[int], int|str)
def f(x: int, y: "str") -> None: pass
print(f.__annotations__)
class C:
    x: int
    y: list = 3
print(C.__annotations__)
exec("def g(a, b=1, *, c): return a+b+c", {}, d:={})
print(d['g'](1, c=2))
print(C.__qualname__, C.__module__)
import sys; print(sys._getframe(0).f_globals['__name__'])
class D: __slots__=('a','b')
print(D.__slots__)
print(object.__init_subclass__)
class E:
  def __set_name__(self, o, n): print("setname", n)
class F: e = E()
