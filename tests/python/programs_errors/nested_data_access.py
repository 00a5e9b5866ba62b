# Digging into nested API-like data: KeyError, IndexError, TypeError at each level, and get-chains.
payload = {
    "user": {"id": 7, "name": "Ada", "roles": ["admin", "dev"], "address": None},
    "orders": [
        {"id": 1, "items": [{"sku": "A", "qty": 2}, {"sku": "B"}]},
        {"id": 2, "items": []},
    ],
    "meta": {"page": "1", "tags": ("x", "y")},
}

paths = [
    ("user", "name"),
    ("user", "email"),
    ("user", "roles", 1),
    ("user", "roles", 5),
    ("user", "roles", "first"),
    ("user", "address", "city"),
    ("orders", 0, "items", 1, "qty"),
    ("orders", 1, "items", 0),
    ("orders", -3),
    ("meta", "page", 0),
    ("meta", "page", "x"),
    ("meta", "tags", 1),
    ("meta", "tags", slice(0, 5)),
    ("user", "id", 0),
    ("orders", "0"),
    (("user",),),
    ([1],),
]

def dig(data, path):
    for step in path:
        data = data[step]
    return data

for path in paths:
    try:
        print(path, "->", repr(dig(payload, path)))
    except KeyError as e:
        print(path, "-> KeyError:", e, "| key repr:", repr(e.args[0]))
    except IndexError as e:
        print(path, "-> IndexError:", e)
    except TypeError as e:
        print(path, "-> TypeError:", e)

def safe_get(data, *path, default=None):
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return default
    return data

print(safe_get(payload, "user", "address", "city", default="?"))
print(safe_get(payload, "orders", 0, "items", 0, "sku"))
print(payload.get("user", {}).get("address") or "no address")
try:
    payload.get("user").get("address").get("city")
except AttributeError as e:
    print("AttributeError:", e)
try:
    payload["orders"][0]["items"].sort(key=lambda it: it["qty"])
except KeyError as e:
    print("sort KeyError:", e)
try:
    total = sum(it["qty"] for o in payload["orders"] for it in o["items"])
except KeyError as e:
    print("sum KeyError:", e)
print(sorted(payload), len(payload["orders"]))
print(payload["user"]["roles"][2])
