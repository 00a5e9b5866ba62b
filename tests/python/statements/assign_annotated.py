x: int = 5
y: "list[str]"
print(x)
print(__annotations__)
class C:
    a: int
    b: str = "s"
    c: list = []
print(C.__annotations__)
print(C.b, hasattr(C, "a"))
def f(n: int, *args: str, k: float = 1.0, **kw: bool) -> None:
    pass
print(f.__annotations__)
z: int
try:
    print(z)
except NameError as e:
    print(type(e).__name__, e)
