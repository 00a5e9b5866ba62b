class Ring:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return [self.items[i] for i in range(start, stop, step)]
        return self.items[key % len(self.items)]
r = Ring("abcde")
print(r[0], r[7], r[-1], r[-6], r[1:4], r[::-2], r[:100])
print(slice(1, None, 2).indices(5), slice(-100, 100).indices(5), slice(None, None, -1).indices(3))
