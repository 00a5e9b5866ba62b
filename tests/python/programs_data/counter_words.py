from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""
words = text.split()
c = Counter(words)
print(c.most_common(3))
print(c["the"], c["missing"])
print(len(c), sum(c.values()), c.total())
c2 = Counter("abracadabra")
print(c2)
print(sorted(c2.elements()))
print(c2.most_common())
print(c2.most_common(0), c2.most_common(-1))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+b, -b)
a.update(b)
print(a)
a.subtract({"a": 10})
print(a)
a.update(["x", "x", "y"])
print(a)
print(Counter({"a": 2}) == Counter({"a": 2, "b": 0}))
print(Counter(a=1) <= Counter(a=2, b=1))
d = Counter(cats=4, dogs=8)
del d["cats"]
del d["nothing"]
print(d, repr(Counter()))
print(dict(Counter("hello")))
letters = Counter(ch for ch in "Mississippi".lower() if ch.isalpha())
for ch, n in letters.most_common():
    print(f"{ch}: {'*' * n} ({n})")
print(Counter.fromkeys("ab", 1) if False else "fromkeys skipped")
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(type(e).__name__, e)
inv = Counter(apples=3, pears=0)
print(+inv)
print(list(inv.keys()), list(inv.items()))
c3 = Counter(words)
c3.clear()
print(c3)
print(Counter([1, 2, 2, 3, 3, 3]).most_common(2))
