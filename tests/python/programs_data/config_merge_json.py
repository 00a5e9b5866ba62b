import json
import copy
from typing import Any

DEFAULTS = {"server": {"host": "localhost", "port": 8080, "tls": {"enabled": False, "cert": None}},
            "logging": {"level": "INFO", "handlers": ["console"]}, "features": []}
USER = '{"server": {"port": 9090, "tls": {"enabled": true}}, "logging": {"handlers": ["file"]}, "features": ["beta"], "extra": 1.50}'

def deep_merge(base: dict, over: dict, path: str = "") -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        where = f"{path}.{k}" if path else k
        if k not in out:
            print(f"new key {where!r}")
            out[k] = v
        elif isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v, where)
        elif isinstance(out[k], list) and isinstance(v, list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            if type(out[k]) is not type(v) and out[k] is not None:
                print(f"type change at {where}: {type(out[k]).__name__} -> {type(v).__name__}")
            out[k] = v
    return out

cfg = deep_merge(DEFAULTS, json.loads(USER))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(DEFAULTS["server"]["port"], cfg["server"]["tls"])

def get_path(d: dict, dotted: str, default: Any = KeyError) -> Any:
    cur = d
    for part in dotted.split("."):
        if isinstance(cur, list):
            cur = cur[int(part)]
        elif part in cur:
            cur = cur[part]
        elif default is KeyError:
            raise KeyError(dotted)
        else:
            return default
    return cur

for p in ["server.port", "server.tls.enabled", "logging.handlers.1", "nope.x", "logging.handlers.9"]:
    try:
        print(p, "=", json.dumps(get_path(cfg, p)))
    except (KeyError, IndexError) as e:
        print(p, "->", type(e).__name__, e)
print(get_path(cfg, "nope", default="dflt"))

def flatten(d, prefix=""):
    for k, v in sorted(d.items()):
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            yield from flatten(v, key + ".")
        else:
            yield key, v
for k, v in flatten(cfg):
    print(f"{k:<24} = {v!r}")
print(json.dumps(dict(flatten(cfg)), separators=(",", ":")))
s = json.dumps(cfg, sort_keys=True)
print(json.loads(s) == cfg, len(s), hash(s) == hash(json.dumps(cfg, sort_keys=True)))
print(json.dumps({"t": (1, 2), "n": None, "f": 1.0, "i": -0, "e": 1e-10, "s": "\u00fc\u20ac"}))
get_path(cfg, "server.missing")
