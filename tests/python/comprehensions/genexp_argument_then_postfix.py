# A generator expression as the sole call argument, followed by more postfix operations.
words = {"banana": 3, "apple": 1, "cherry": 2}


class Box:
    def __init__(self, items):
        self.items = list(items)
        self.size = len(self.items)

    def __call__(self, n):
        return self.items[:n]


def make(it):
    return Box(it)


print(sorted(k for k in words)[:80])
print(sorted(k for k in words)[1], sorted(k for k in words)[-1][0])
print(make(x * 2 for x in range(4)).size)
print(make(x * 2 for x in range(4)).items[1:])
print(make(x for x in "abc")(2))
print(make(x for x in "abc")(2)[0].upper())
print(list(v for v in words.values()).count(2))
print("-".join(k for k in words).upper().split("-"))
print(f"{sorted(k for k in words)[:2]}")
print(dict((k, v) for k, v in words.items())["apple"])
print(max(len(k) for k in words) + min(v for v in words.values()))
print(tuple(i for i in range(5))[1:3], set(c for c in "aab") == {"a", "b"})
print([make(c for c in w).size for w in words])
print(sum(v for v in words.values()) * 2, any(k for k in words) is True)
