from dataclasses import dataclass, field, asdict, astuple, is_dataclass, fields
from collections import namedtuple, OrderedDict
import copy

Pair = namedtuple("Pair", "left right")

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Person:
    name: str
    addr: Address
    friends: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    pair: tuple = (1, 2)

home = Address("1 Main", "Springfield")
p = Person("Homer", home, [Person("Ned", Address("2 Main", "Springfield"))], {"k": Address("x", "y")}, Pair(Address("a", "b"), 3))
print(p)
d = asdict(p)
print(d)
print(type(d["pair"]).__name__, d["pair"])
print(astuple(p))
print(is_dataclass(p), is_dataclass(Person), is_dataclass(d), is_dataclass(3))
d["addr"]["city"] = "Shelbyville"
print(p.addr.city)
print(asdict(p, dict_factory=OrderedDict)["addr"])
print(asdict(home, dict_factory=lambda kv: [k for k, v in kv]))
try:
    asdict(Person)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict({"a": 1})
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
t2 = copy.deepcopy(t)
t2.children[1].children[0].value = 40
print(t.children[1].children[0].value, t2.children[1].children[0].value)
print(t == copy.deepcopy(t))

@dataclass
class Loop:
    name: str
    other: object = None
x = Loop("x")
x.other = x
print(x)
y = Loop("y", [Loop("z")])
y.other[0].other = y
print(y)
