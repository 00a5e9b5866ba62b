class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for item in iterable:
            self[item] += 1
    def __missing__(self, key):
        return 0
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: -kv[1])
        return items if n is None else items[:n]
    def total(self):
        return sum(self.values())

c = Counter("abracadabra")
print(c["a"], c["z"], c.total(), len(c))
print(c.most_common(2))
c["z"] += 5
print(c.most_common(1), "z" in c)
words = Counter("the cat the hat the end".split())
print(words.most_common(), isinstance(words, dict))
print(dict(sorted(words.items())))
