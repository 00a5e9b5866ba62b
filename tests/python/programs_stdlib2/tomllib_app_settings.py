import tomllib

settings_text = """
[app]
name = "inventory"
debug = false
workers = 4
allowed_hosts = ["localhost", "127.0.0.1"]

[app.limits]
max_items = 10_000
ratio = 0.75

[database]
url = "postgres://user@db:5432/inv"
pool = { min = 1, max = 10 }

[[jobs]]
name = "nightly"
cron = "0 3 * * *"
enabled = true

[[jobs]]
name = "hourly"
cron = "0 * * * *"
enabled = false
tags = []
"""

settings = tomllib.loads(settings_text)


def show(d, indent=0):
    for key, value in d.items():
        if isinstance(value, dict):
            print(" " * indent + f"[{key}]")
            show(value, indent + 2)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for i, item in enumerate(value):
                print(" " * indent + f"[[{key}]] #{i}")
                show(item, indent + 2)
        else:
            print(" " * indent + f"{key} = {value!r} ({type(value).__name__})")


show(settings)
enabled = [job["name"] for job in settings["jobs"] if job["enabled"]]
print("enabled jobs:", enabled)
print(settings["app"]["limits"]["max_items"] * settings["app"]["limits"]["ratio"])
print(settings.get("missing", {}).get("x", "default"))
for text in ["a = 1\nb = [1, 2, 3,]\n", "k = 'v' # c", "[x]\ny.z = 1\n[x.w]\n", "a = [[1], ['s']]", "s = '''\nx'''",
             "key = \"value\"\r\nother = 2\r\n", "\ufeffa = 1", "a = 2024-01-01T10:00:00.123456789Z",
             "arr = [\n  1,\n  2, # two\n]\n", "empty = {}", "t = 00:00:00", "n = -0.0", "n = +1_000"]:
    try:
        print(repr(text), "->", tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        print(repr(text), "!!", e)
