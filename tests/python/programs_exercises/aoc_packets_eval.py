import ast
import json
from functools import cmp_to_key

PACKETS = """[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[9]
[[8,7,6]]

[[4,4],4,4]
[[4,4],4,4,4]

[7,7,7,7]
[7,7,7]

[]
[3]

[[[]]]
[[]]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]"""


def compare(a, b):
    if isinstance(a, int) and isinstance(b, int):
        return (a > b) - (a < b)
    if isinstance(a, int):
        a = [a]
    if isinstance(b, int):
        b = [b]
    for x, y in zip(a, b):
        c = compare(x, y)
        if c:
            return c
    return (len(a) > len(b)) - (len(a) < len(b))


pairs = [tuple(map(json.loads, blk.splitlines())) for blk in PACKETS.split("\n\n")]
right = [i for i, (a, b) in enumerate(pairs, 1) if compare(a, b) < 0]
print(right, sum(right))
packets = [p for pair in pairs for p in pair] + [[[2]], [[6]]]
packets.sort(key=cmp_to_key(compare))
for p in packets:
    print(json.dumps(p), p)
print((packets.index([[2]]) + 1) * (packets.index([[6]]) + 1))
print(ast.literal_eval("[1, (2, 3), {'a': {4}}, None, True, -5.5, 'x']"), ast.literal_eval("{1: 2}"))
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2))
print(json.loads('{"x": [1, 2, {"y": null}], "z": 1e3, "w": "\\u00e9"}'), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps((1, 2)), json.dumps(float("inf")), json.loads("1.0"))
