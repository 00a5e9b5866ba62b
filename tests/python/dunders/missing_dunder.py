class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "a b a c a b".split():
    c[w] = c[w] + 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, c.get("zzz"))
class Nested(dict):
    def __missing__(self, key):
        v = self[key] = Nested()
        return v
n = Nested()
n["a"]["b"]["c"] = 1
print(n)
