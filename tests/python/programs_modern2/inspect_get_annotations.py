# inspect.get_annotations (3.10): eval_str resolves string annotations.
import inspect


def f(a: "int", b: "list[str]" = None) -> "dict":
    pass


class C:
    x: int
    y: "float"


class D(C):
    z: bytes


print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(C), inspect.get_annotations(D))
print(inspect.get_annotations(D, eval_str=True))
print(inspect.get_annotations(inspect.get_annotations) if False else inspect.get_annotations(lambda: 0))
try:
    inspect.get_annotations(5)
except TypeError as e:
    print("TypeError:", e)
