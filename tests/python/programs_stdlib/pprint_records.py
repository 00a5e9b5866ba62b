import pprint
from dataclasses import dataclass, field
from collections import namedtuple, OrderedDict
from types import SimpleNamespace

@dataclass
class Address:
    street: str
    city: str
    zip: str = "00000"

@dataclass
class Person:
    name: str
    age: int
    emails: list = field(default_factory=list)
    address: Address = None

people = [Person("Ada Lovelace", 36, ["ada@example.com", "countess@example.org"], Address("12 St James Square", "London")),
          Person("Alan Turing", 41, [], None)]
pprint.pprint(people)
pprint.pprint(people, width=50)
pprint.pprint(people[0], depth=1)
print(pprint.pformat(Address("a", "b")))
Point = namedtuple("Point", "x y z")
pprint.pprint([Point(1, 2, 3)] * 3, width=30)
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta="text", gamma={"k": "v" * 40}))
config = {"server": {"host": "localhost", "ports": [8080, 8081, 8082], "tls": {"enabled": True, "cert": "/etc/ssl/cert.pem"}},
          "users": [{"name": n, "roles": ["read", "write"] if n == "root" else ["read"]} for n in ("root", "guest")],
          "limits": OrderedDict([("cpu", 2.5), ("mem", "4G")])}
pprint.pprint(config, width=60)
pprint.pprint(config, width=60, sort_dicts=False)
pprint.pprint(config, depth=2, compact=True)
print(pprint.pformat(config["server"], indent=2, width=40))
matrix = [[i * j for j in range(8)] for i in range(6)]
pprint.pprint(matrix, width=40, compact=True)
pprint.pprint(matrix, width=40)
pprint.pprint({"nums": frozenset(range(15)), "s": {5, 3, 9}}, width=40)
pprint.pprint(range(10)), pprint.pprint(list(range(3)) + [None, True, 1.5, 2j, b"x"])
pprint.pprint({i: str(i) * i for i in range(1, 12)}, width=50)
pprint.pprint(("tuple", ("nested", ("deeper", ("deepest",)))), width=20)
