from collections import ChainMap

defaults = {"theme": "light", "lang": "en", "size": 12}
user = {"theme": "dark"}
cli = {"size": 14}
cfg = ChainMap(cli, user, defaults)
print(cfg["theme"], cfg["lang"], cfg["size"])
print(cfg)
print(len(cfg), sorted(cfg), dict(cfg) == {"theme": "dark", "lang": "en", "size": 14})
cfg["lang"] = "fr"
print(cli, defaults["lang"])
child = cfg.new_child({"theme": "blue"})
print(child["theme"], child.parents["theme"], child.maps[0])
print(list(child.parents.maps) == cfg.maps)
del cfg["lang"]
print(cli)
try:
    del cfg["theme"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cfg["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(cfg.get("missing", "dflt"), "theme" in cfg)
print(ChainMap())
print(cfg.pop("size"), cli)
try:
    cfg.popitem()
except KeyError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"b": 2})
print(cm | {"c": 3})
print(list(cm.items()))
print(list(ChainMap({"x": 1}, {"y": 2, "x": 0})))
scopes = ChainMap()
scopes["g"] = 1
scopes = scopes.new_child()
scopes["l"] = 2
print(scopes, scopes["g"])
scopes = scopes.parents
print(scopes)
print(cm.copy(), type(cm.copy()).__name__)
