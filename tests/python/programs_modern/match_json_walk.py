import json

DOC = json.loads("""
{"name": "root", "version": 3, "enabled": true, "ratio": 0.25, "tags": ["a", "b"],
 "owner": {"name": "ann", "email": null, "roles": ["admin", "dev"]},
 "items": [{"id": 1, "qty": 2}, {"id": 2}, {"id": "x", "qty": -1}, [], [1, [2, [3]]]],
 "empty": {}}
""")

def walk(node, path="$", depth=0):
    pad = "  " * depth
    match node:
        case None:
            print(f"{pad}{path}: null")
        case bool(b):
            print(f"{pad}{path}: bool {b}")
        case int(n) | float(n):
            print(f"{pad}{path}: number {n!r}")
        case str(s) if not s:
            print(f"{pad}{path}: empty string")
        case str(s):
            print(f"{pad}{path}: string {s!r}")
        case []:
            print(f"{pad}{path}: empty list")
        case [*elements]:
            print(f"{pad}{path}: list of {len(elements)}")
            for i, e in enumerate(elements):
                walk(e, f"{path}[{i}]", depth + 1)
        case {} if not node:
            print(f"{pad}{path}: empty object")
        case {**fields}:
            print(f"{pad}{path}: object with {sorted(fields)}")
            for k, v in fields.items():
                walk(v, f"{path}.{k}", depth + 1)

walk(DOC)

def validate_item(item):
    match item:
        case {"id": int(i), "qty": int(q)} if q > 0:
            return f"item {i} x{q}"
        case {"id": int(i), "qty": int(q)}:
            return f"item {i} has bad qty {q}"
        case {"id": int(i)}:
            return f"item {i} missing qty"
        case {"id": other}:
            return f"bad id {other!r}"
        case _:
            return f"not an item: {item!r}"

for it in DOC["items"]:
    print(validate_item(it))

def roles(doc):
    match doc:
        case {"owner": {"roles": [*rs], "name": name}} if "admin" in rs:
            return f"{name} is admin among {rs}"
        case {"owner": {"name": name}}:
            return f"{name} is a user"
    return "nobody"
print(roles(DOC), roles({"owner": {"name": "bo", "roles": []}}), roles({}))
class Proxy(dict):
    pass
match Proxy(a=1):
    case {"a": 1}:
        print("dict subclass matches mapping")
import collections
match collections.OrderedDict(x=1, y=2):
    case {"y": y, **rest}:
        print("ordered", y, rest)
match "abc":
    case [*chars]:
        print("str is sequence?", chars)
    case _:
        print("str is not a sequence pattern")
match b"ab":
    case [a, b]:
        print("bytes seq")
    case _:
        print("bytes not seq")
match bytearray(b"ab"):
    case [a, b]:
        print("bytearray seq")
    case _:
        print("bytearray not seq", )
match range(3):
    case [0, *rest]:
        print("range seq", rest)
match collections.deque([1, 2]):
    case [1, x]:
        print("deque seq", x)
