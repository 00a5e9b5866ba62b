# functools.singledispatchmethod (3.8) with type annotations and union types (3.11).
from functools import singledispatchmethod, singledispatch


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f"Cannot negate a {type(arg).__name__}")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @neg.register(list)
    def _(self, arg):
        return [self.neg(x) for x in arg]

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return "thing"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__} got str"


n = Negator()
print(n.neg(5), n.neg(True), n.neg([1, False, 3]))
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Negator.kind("s"), Negator.kind(1))


@singledispatch
def show(x):
    return "object"


@show.register
def _(x: int | float):
    return "number"


@show.register
def _(x: list[int] if False else list):
    return "list"


print(show(1), show(2.5), show([]), show("s"))
print(sorted(t.__name__ for t in show.registry))
try:
    @show.register
    def _(x):
        return 1
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
