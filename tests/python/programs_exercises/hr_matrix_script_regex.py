import re

# Matrix Script: read the matrix column-wise and replace non-alnum runs between alnums with a space
rows = ["Tsi", "h%x", "i #", "sM ", "$a ", "#t%", "ir!"]
decoded = "".join("".join(col) for col in zip(*rows))
print(repr(decoded))
print(re.sub(r"(?<=[A-Za-z0-9])[^A-Za-z0-9]+(?=[A-Za-z0-9])", " ", decoded))

# Validating UID
for uid in ["B1CD102354", "B1CDEF2354", "ABCD123456", "AB12CD34EF"]:
    ok = (len(uid) == 10 and uid.isalnum() and len(re.findall(r"[A-Z]", uid)) >= 2
          and len(re.findall(r"\d", uid)) >= 3 and len(set(uid)) == 10)
    print(uid, "Valid" if ok else "Invalid")

# Detect HTML attributes
html = '<div class="a" id=\'b\'><p style="x">hi</p><a href="/u" title="t">l</a></div>'
for tag, attrs in re.findall(r"<(\w+)([^>]*)>", html):
    print(tag, re.findall(r"(\w+)=[\"']", attrs))

# Group, groups and named groups in a log parser
LOG = """2023-01-05 10:00:01 INFO  user=alice action=login
2023-01-05 10:03:17 WARN  user=bob action=retry count=3
2023-01-05 10:04:00 ERROR user=alice action=upload size=10MB"""
pat = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>\w+)\s+(?P<rest>.*)")
for line in LOG.splitlines():
    m = pat.match(line)
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m["level"].ljust(5), m.group("time"), kv, m.span("level"))
print(re.findall(r"\b(\w)(\w*)\1\b", "anna bob civic level noon xyz"), re.split(r"(\s*[,;]\s*)", "a , b;c"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "x@y and p@q"), re.sub("a|e", lambda m: m[0].upper() * 2, "apple pie"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.search(r"^b", "a\nb", re.M).start(), re.findall(r"(?i)HELLO", "hello Hello"))
print(re.findall(r"\d+(?:\.\d+)?", "v1.2 and 30 and 4.56"), re.findall(r"[^\W\d_]+", "héllo wörld_42 x"), bool(re.match(r"\s*$", "   ")))
