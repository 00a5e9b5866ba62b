import pprint

data = {
    "users": [
        {"id": 1, "name": "Ann Smith", "email": "ann@example.com", "tags": ["admin", "ops", "dev"]},
        {"id": 2, "name": "Bob Jones", "email": "bob@example.com", "tags": []},
    ],
    "meta": {"total": 2, "page": 1, "next": None, "flags": (True, False)},
}
for width in (20, 40, 60, 80, 120):
    print("width", width)
    pprint.pprint(data, width=width)
pprint.pprint(data, indent=3, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=70)
print(pprint.pformat(data, underscore_numbers=True) == pprint.pformat(data))
pprint.pprint({"big": 1234567890, "f": 1234567.5}, underscore_numbers=True)
pprint.pprint([1234567, 12345678901234567890], underscore_numbers=True, width=20)
long_str = "The quick brown fox jumps over the lazy dog and keeps on running far away"
pprint.pprint([long_str], width=30)
pprint.pprint({"key": long_str}, width=40)
pprint.pprint((long_str,), width=30)
pprint.pprint(long_str.encode(), width=30)
pprint.pprint([[1, 2], [3, 4]] * 4, width=30, compact=True)
pprint.pprint(list(range(100)), width=60, compact=True)
pprint.pprint([("tuple", i) for i in range(4)], width=25)
pprint.pprint({"nested": {"deeper": {"deepest": list(range(15))}}}, width=30)
nested = []
nested.append(nested)
print(pprint.pformat(nested).startswith("[<Recursion on list"))
print(pprint.isreadable(nested), pprint.isrecursive([1, 2]))
pp = pprint.PrettyPrinter(width=30, compact=True, sort_dicts=True)
print(pp.pformat({"b": [1] * 20, "a": 0}))
print(pp.isreadable({"a": object}), pp.isrecursive({}))
