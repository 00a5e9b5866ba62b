import pprint
from dataclasses import dataclass, field
from typing import List, Dict

@dataclass
class Address:
    street: str
    city: str
    zip_code: str = "00000"

@dataclass
class Person:
    name: str
    age: int
    emails: List[str] = field(default_factory=list)
    address: Address = None
    scores: Dict[str, float] = field(default_factory=dict)

@dataclass
class Team:
    name: str
    members: List[Person]

alice = Person("Alice Liddell", 30, ["alice@example.com", "a.liddell@wonder.land"],
               Address("12 Rabbit Hole Lane", "Oxford", "OX1"), {"math": 91.5, "art": 78.25})
bob = Person("Bob", 25)
team = Team("Explorers", [alice, bob])
pprint.pprint(alice)
pprint.pprint(bob)
pprint.pprint(team, width=60)
pprint.pprint(team, depth=2)
pprint.pprint([alice.address] * 2, width=50)
print(pprint.pformat(Address("x", "y"), width=10))
pprint.pprint({"team": team.name, "lead": alice.address}, width=40, sort_dicts=False)

@dataclass(repr=False)
class Hidden:
    x: int
    def __repr__(self):
        return "Hidden(...)"
pprint.pprint([Hidden(1), Hidden(2)])

@dataclass
class Empty:
    pass
pprint.pprint(Empty())
pprint.pprint([Empty()] * 3, width=12)

@dataclass
class WithHiddenField:
    a: int
    b: int = field(repr=False, default=0)
    c: str = "c"
pprint.pprint(WithHiddenField(1, 2, "x" * 70))
pprint.pprint(WithHiddenField(1), width=5)
nested = {"level": [{"inner": Address("long street name number " + str(i), "town")} for i in range(2)]}
pprint.pprint(nested, width=50)
pprint.pprint((1,))
pprint.pprint(((1,), [(2,)], {(3,): (4,)}), width=10)
pprint.pprint({"z": 1, "a": 2, "m": {"y": 1, "b": 2}})
pprint.pprint({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_dicts=False)
pprint.pprint(list(range(30)), width=30, compact=True)
pprint.pprint("a long string that will surely need to be wrapped across several lines " * 2, width=40)
pprint.pprint(["a long string that will surely need wrapping"], width=30)
pprint.pprint({"key": "value " * 12}, width=40)
