raw = """
host = example.org
port=8080
# a comment
debug = true
ratio = 0.75
tags = a, b ,c
empty =
"""
def convert(v):
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        pass
    if "," in v:
        return [p.strip() for p in v.split(",")]
    return v

config = {}
for lineno, line in enumerate(raw.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("bad line", lineno)
        continue
    config[key.strip()] = convert(value.strip())
for k, v in config.items():
    print(f"{k:6} {type(v).__name__:5} {v!r}")
