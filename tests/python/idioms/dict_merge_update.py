defaults = {"host": "localhost", "port": 80, "debug": False}
overrides = {"port": 8080, "debug": True}
merged = {**defaults, **overrides}
print(merged)
print(defaults | overrides, overrides | defaults)
cfg = dict(defaults)
cfg.update(overrides, timeout=30)
print(cfg)
cfg |= {"host": "example.com"}
print(cfg)
cfg.update([("a", 1), ("b", 2)])
print(list(cfg)[-2:])
print(dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0))
counts1 = {"a": 2, "b": 1}
counts2 = {"b": 3, "c": 1}
total = dict(counts1)
for k, v in counts2.items():
    total[k] = total.get(k, 0) + v
print(total)
print({k: counts1.get(k, 0) - counts2.get(k, 0) for k in sorted(counts1.keys() | counts2.keys())})
