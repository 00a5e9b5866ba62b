import json
data = {"name": "Zoë", "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": [True, False]}, "emoji": "😀", "esc": "quote\" back\\ tab\t nl\n", "num": 10**20, "f": 1e-7}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": "))[:80])
print(json.dumps([1, 2, {"a": []}], separators=(",", ":")), json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps([[]], indent=1))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "float"}))
print(json.dumps("</script>"), json.dumps("\u2028\x7f\x00"), json.dumps(float("inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps({"s": {3, 1, 2}}, default=sorted))
for src in ['{"a": 1, "a": 2}', '[1, 2.0, 3e2, -0, "\\u00e9\\ud83d\\ude00"]', '"\\/"', ' {"k" : [ ] } ', 'NaN', '-Infinity', '1e400', '123456789012345678901234567890']:
    print(repr(json.loads(src)))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '"unterminated', "", "[1] x", '{"a" 1}', "tru", '"\\x"', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:<18} {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads("[1.5, 2]", parse_float=str), json.loads('{"x": 3}', object_hook=lambda d: sorted(d.items())))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=Enc), Enc(indent=1).encode({"k": 1}), "".join(Enc().iterencode([1, "a"])))
json.loads('{"broken": }')
