import inspect
from dataclasses import dataclass, field
from collections import namedtuple, Counter, OrderedDict, deque, defaultdict
from typing import Optional
from functools import partial

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
P = namedtuple("P", "x y")
print(inspect.signature(Item))
print(inspect.signature(P))
print(inspect.signature(Item.__init__))
def f(a, b: int = 2, *args, c: Optional[str] = None, **kw) -> bool: ...
print(inspect.signature(f), inspect.signature(partial(f, 1)), list(inspect.signature(f).parameters))
print([n for n in dir(P(1, 2)) if not n.startswith("__")])
print([n for n in dir(Counter) if not n.startswith("_")])
print([n for n in dir(deque) if not n.startswith("_")])
print([n for n in dir(OrderedDict) if not n.startswith("_")])
print([n for n in dir(Item("a")) if not n.startswith("__")])
print(vars(Item("a", 2)), Item.__dataclass_fields__.keys(), Item.__match_args__)
print(P.__match_args__, P.__slots__, P._fields)
print(Item.__eq__.__qualname__, Item.__init__.__qualname__, Item.__repr__.__name__)
print(Counter.__mro__, defaultdict.__mro__, OrderedDict.__mro__)
print(type(dict().keys()).__name__, type({}.items()).__name__, type(iter([])).__name__, type(iter({})).__name__, type(reversed([])).__name__)
print(repr({"a": 1}.keys()), repr({"a": 1}.values()), repr({"a": 1}.items()), repr(OrderedDict(a=1).keys()), repr(Counter(a=1).items()))
print(repr(defaultdict(int).keys()), {1: 2}.keys() & {1, 3}, {1: 2}.keys() | [4], {1: 2}.items() - {(1, 2)})
print(callable(Item), inspect.isclass(P), inspect.isfunction(f), inspect.ismethod(Item("a").__repr__), Item.__module__)
print(Item.__doc__, P.__doc__)
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames)
def g(x, /, y, *, z): pass
print(inspect.signature(g), inspect.getfullargspec(g).args if hasattr(inspect, "getfullargspec") else None)
sig = inspect.signature(f)
b = sig.bind(1, 2, 3, c="x", d=4)
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)
for name, prm in sig.parameters.items():
    print(name, prm.kind, prm.default is inspect.Parameter.empty, prm.annotation)
Item(1, 2, 3, 4)
