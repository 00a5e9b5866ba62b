TEXT = """
; global settings
name = demo app
version = 1.4

[database]
host = db.local
port = 5432
user = admin
timeout = 2.5

[cache]
enabled = yes
size = 128
# a comment
[database]
pool = 10
bad line here
[empty]
"""

class ParseError(Exception):
    pass

def parse_ini(text, strict=False):
    sections = {"DEFAULT": {}}
    current = "DEFAULT"
    errors = []
    for num, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, {})
            continue
        if "=" not in line:
            msg = f"line {num}: cannot parse {line!r}"
            if strict:
                raise ParseError(msg)
            errors.append(msg)
            continue
        key, value = (p.strip() for p in line.split("=", 1))
        sections[current][key.lower()] = value
    return sections, errors

def typed(value):
    if value.lower() in ("yes", "true", "on"):
        return True
    if value.lower() in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    return value

cfg, errors = parse_ini(TEXT)
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k} = {typed(v)!r}")
print("errors:", errors)
try:
    parse_ini(TEXT, strict=True)
except ParseError as e:
    print("strict mode:", e)
print(typed(cfg["database"]["port"]) + 1, typed(cfg["cache"]["enabled"]))
