# register() reads the annotation through typing.get_type_hints: typing.Union and X | Y both
# register every member, a string annotation is resolved, None means NoneType; and dispatch
# notices an ABC registering a class after the cache was filled.
from functools import singledispatch
from collections.abc import Sized
from typing import Union, List, Optional


@singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: Union[int, float]):
    return "number"


@kind.register
def _(x: str | bytes):
    return "text"


@kind.register
def _(x: "list"):
    return "list"


@kind.register
def _(x: None):
    return "none"


@kind.register
def _(x: Sized):
    return "sized"


class Box:
    pass


for value in [1, 2.5, True, "s", b"b", [1], None, {}, Box()]:
    print(type(value).__name__, kind(value))
Sized.register(Box)
print("after Sized.register:", kind(Box()))
print(sorted(t.__name__ for t in kind.registry))

for annotation in [Union[int, List[int]], Optional[List[str]], "undefined_name"]:
    def impl(x):
        return "never"
    impl.__annotations__ = {"x": annotation}
    try:
        kind.register(impl)
    except (TypeError, NameError) as e:
        print(type(e).__name__, e)
