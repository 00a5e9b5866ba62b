class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
b = Bag()
print("empty" if not b else "full", len(b))
b.items.append(3)
print("empty" if not b else "full", 3 in b, list(b), [x for x in b])
while b:
    print("popping", b.items.pop())
print(any(Bag()), all(Bag()), bool(Bag(0)))
