import re
s = "éa bé café_1 x"
for p, f in [(r"\b\w+\b", 0), (r"\b\w+\b", re.A), (r"\b", re.A), (r"\B", re.A), (r"(?a)\bé", 0), (r"\Bé", re.A), (r"\b\Z", re.A)]:
    print(p, f, [m.span() for m in re.finditer(p, s, f)])
b = "éa bé café_1 x".encode("latin-1")
for p in [rb"\b\w+\b", rb"\b", rb"\B"]:
    print(p, [m.span() for m in re.finditer(p, b)])
print(re.sub(r"\b", "|", "naïve café", flags=re.A), re.sub(r"\b", "|", "naïve café"))
