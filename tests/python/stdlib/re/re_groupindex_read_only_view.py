# Pattern.groupindex is a read-only mapping view of the named groups, as in CPython.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?")
gi = p.groupindex
print(type(gi).__name__, dict(gi), len(gi), "year" in gi, gi.get("nope", -1))
print(sorted(gi.items()), list(gi.keys()), list(gi.values()))
try:
    gi["extra"] = 9
except TypeError as e:
    print("TypeError:", e)
m = p.match("2024-05")
print(m.groupdict(), m.groupdict("?"), {name: m.span(name) for name in gi})
print(re.compile("plain").groupindex, type(re.compile(b"(?P<b>x)").groupindex).__name__)
