class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], len(g), "@" in g, "%" in g)
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print(v, end=" ")
print()
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::3], s[1, 2:3], s[...])
