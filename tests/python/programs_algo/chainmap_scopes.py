from collections import ChainMap

builtins_ = {"print": "builtin-print", "len": "builtin-len"}
globals_ = {"x": 1, "len": "global-len"}
locals_ = {"x": 10}
scope = ChainMap(locals_, globals_, builtins_)
print(scope["x"], scope["len"], scope["print"])
print(len(scope), sorted(scope))
print(list(scope))
print(scope)
child = scope.new_child()
child["x"] = 100
child["y"] = 200
print(child["x"], scope["x"])
print(child.maps[0])
print(child.parents)
print(child.parents.parents["x"])
try:
    del child["len"]
except KeyError as ex:
    print(type(ex).__name__, ex)
del child["y"]
print(child.maps[0])
print("print" in child, "nope" in child)
print(child.get("nope", "default"))
try:
    child["nope"]
except KeyError as ex:
    print(type(ex).__name__, ex)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(dict(cm), cm.items(), list(cm.values()))
cm2 = cm.new_child({"c": 4})
print(cm2)
print(ChainMap())
print(ChainMap().maps)
print(cm.pop("a"), cm)
try:
    cm.pop("b")
except KeyError as ex:
    print(type(ex).__name__, ex)
cm.clear()
print(cm)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"])
cli["color"] = "blue"
print(cfg["color"], cfg.maps)
print(cfg | {"extra": 1})
print(type(cfg.copy()).__name__, cfg.copy() == cfg)
