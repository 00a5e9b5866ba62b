def f(a: int, b: "str" = "x", *c: float, d: list = None, **e: dict) -> bool:
    return True
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
class P:
    x: int = 1
    def m(self, v: "P") -> "P": return self
print(P.m.__annotations__)
