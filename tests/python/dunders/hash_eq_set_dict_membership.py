class CaseInsensitive:
    def __init__(self, s): self.s = s
    def __eq__(self, o):
        return isinstance(o, CaseInsensitive) and self.s.lower() == o.s.lower()
    def __hash__(self): return hash(self.s.lower())
    def __repr__(self): return f"CI({self.s!r})"
items = [CaseInsensitive("Hello"), CaseInsensitive("HELLO"), CaseInsensitive("world")]
unique = []
seen = set()
for it in items:
    if it not in seen:
        seen.add(it)
        unique.append(it)
print(unique, len(seen))
d = {CaseInsensitive("Key"): 1}
d[CaseInsensitive("KEY")] = 2
print(d, CaseInsensitive("kEy") in d)
