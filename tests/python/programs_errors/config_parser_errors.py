# A hand-written INI-like parser reporting errors with line numbers, plus dict/str method misuse.
TEXT = """
[server]
host = example.org
port = 80x
timeout = 2.5

[client
retries = 3
[paths]
root = /srv
root = /var
= nothing
"""

class ParseError(Exception):
    def __init__(self, line, msg):
        self.line = line
        self.msg = msg
        super().__init__(line, msg)

    def __str__(self):
        return f"line {self.line}: {self.msg}"

def parse(text):
    data = {}
    section = None
    errors = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        try:
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ParseError(n, f"unterminated section header {line!r}")
                section = data.setdefault(line[1:-1], {})
                continue
            if section is None:
                raise ParseError(n, "key outside section")
            key, sep, value = line.partition("=")
            key, value = key.strip(), value.strip()
            if not key:
                raise ParseError(n, "empty key")
            if key in section:
                raise ParseError(n, f"duplicate key {key!r}")
            section[key] = value
        except ParseError as e:
            errors.append(e)
    return data, errors

data, errors = parse(TEXT)
print(data)
for e in errors:
    print(e, "|", repr(e), "|", e.args)

def get_int(sect, key):
    try:
        return int(data[sect][key])
    except KeyError as e:
        print(f"  missing {e}")
    except ValueError as e:
        print(f"  bad int: {e}")

for sect, key in [("server", "port"), ("server", "timeout"), ("server", "user"), ("client", "retries"), ("paths", "root")]:
    print(sect, key, get_int(sect, key))

try:
    data.update(["ab", "cde"])
except ValueError as e:
    print("update:", e)
try:
    dict([("a", 1), "bcd"])
except ValueError as e:
    print("dict:", e)
try:
    dict([("a", 1), 5])
except TypeError as e:
    print("dict:", e)
try:
    data.setdefault()
except TypeError as e:
    print(e)
try:
    data.get("a", 1, 2)
except TypeError as e:
    print(e)
try:
    data.keys()[0]
except TypeError as e:
    print(e)
try:
    "x=1".split("=", "1")
except TypeError as e:
    print(e)
try:
    "x=1".partition()
except TypeError as e:
    print(e)
print(int(data["server"]["port"]))
