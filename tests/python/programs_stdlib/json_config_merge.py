import json, copy

defaults = json.loads("""
{
  "server": {"host": "0.0.0.0", "port": 8000, "debug": false},
  "db": {"url": "sqlite:///app.db", "pool": {"min": 1, "max": 5}},
  "features": ["auth", "search"]
}
""")
override = json.loads('{"server": {"port": 9000, "debug": true}, "db": {"pool": {"max": 20}}, "features": ["auth"], "new": null}')
def merge(a, b):
    out = copy.deepcopy(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
cfg = merge(defaults, override)
print(json.dumps(cfg, indent=2, sort_keys=True))
def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v
for k, v in flatten(cfg):
    print(f"{k:<20} = {json.dumps(v)}")
print(json.dumps(cfg, separators=(",", ":"))[:60])
print(len(json.dumps(cfg)), len(json.dumps(cfg, indent=4)))
bad = '{"server": {"port": 80,}}'
try:
    json.loads(bad)
except json.JSONDecodeError as e:
    print(f"line {e.lineno} col {e.colno}: {e.msg}")
    print(bad)
    print(" " * (e.colno - 1) + "^")
print(json.loads('"\\u0041\\u00df\\u4e2d"'), json.loads('"\\/"'), json.dumps("/"))
data = json.loads('[{"a": 1}, {"a": 2, "b": [1, 2]}]')
print(sum(x["a"] for x in data), [x.get("b", []) for x in data])
