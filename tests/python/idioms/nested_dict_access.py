data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 34}},
        {"name": "ben", "roles": [], "meta": {}},
    ],
    "version": 2,
}
for user in data["users"]:
    age = user["meta"].get("age", "unknown")
    roles = ", ".join(user["roles"]) or "none"
    print(f"{user['name']}: age={age}, roles={roles}")

def deep_get(d, path, default=None):
    cur = d
    for key in path.split("."):
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        elif isinstance(cur, list) and key.isdigit() and int(key) < len(cur):
            cur = cur[int(key)]
        else:
            return default
    return cur

print(deep_get(data, "users.0.meta.age"))
print(deep_get(data, "users.1.meta.age", -1))
print(deep_get(data, "users.5.name"))
print(deep_get(data, "version"))
data["users"][1]["meta"]["age"] = 29
print(data["users"][1])
