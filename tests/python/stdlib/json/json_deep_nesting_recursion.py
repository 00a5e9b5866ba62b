# json.dumps of nesting deeper than the recursion limit raises RecursionError, as CPython's encoder does;
# nesting within the limit encodes.
import json

deep_list = []
for _ in range(5000):
    deep_list = [deep_list]
deep_dict = {}
for _ in range(5000):
    deep_dict = {"k": deep_dict}

for name, value in [("list", deep_list), ("dict", deep_dict)]:
    try:
        json.dumps(value)
        print(name, "encoded")
    except RecursionError as e:
        print(name, type(e).__name__, e)

shallow = [[[[1, {"a": (2, 3)}]]]]
print(json.dumps(shallow))
print(json.dumps(shallow, indent=1))


class Tagged:
    def __init__(self, inner):
        self.inner = inner


def default(o):
    return {"tagged": o.inner}


v = 1
for _ in range(5000):
    v = Tagged(v)
try:
    json.dumps(v, default=default)
except RecursionError as e:
    print("default", type(e).__name__, e)
print(json.dumps(Tagged(Tagged(2)), default=default))
