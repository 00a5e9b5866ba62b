class Sparse:
    def __init__(self, n, m):
        self.n, self.m = n, m
        self.data = {}

    def __setitem__(self, key, value):
        i, j = key
        if not (0 <= i < self.n and 0 <= j < self.m):
            raise IndexError(f"index {key} out of range for {self.n}x{self.m}")
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    def __getitem__(self, key):
        return self.data.get(key, 0)

    def __mul__(self, other):
        if self.m != other.n:
            raise ValueError("shape mismatch")
        result = Sparse(self.n, other.m)
        by_row = {}
        for (k, j), v in other.data.items():
            by_row.setdefault(k, []).append((j, v))
        for (i, k), v in self.data.items():
            for j, w in by_row.get(k, []):
                result[i, j] = result[i, j] + v * w
        return result

    def transpose(self):
        t = Sparse(self.m, self.n)
        for (i, j), v in self.data.items():
            t[j, i] = v
        return t

    def density(self):
        return len(self.data) / (self.n * self.m)

    def dense(self):
        return [[self[i, j] for j in range(self.m)] for i in range(self.n)]

a = Sparse(4, 5)
for (i, j), v in {(0, 0): 3, (1, 2): -1, (3, 4): 7, (2, 1): 2, (0, 4): 5}.items():
    a[i, j] = v
a[2, 1] = 0
for row in a.dense():
    print(" ".join(f"{v:3d}" for v in row))
print("density", a.density(), "nnz", len(a.data))
b = a * a.transpose()
for row in b.dense():
    print(row)
print(sorted(b.data.items()))
for bad in [lambda: a.__setitem__((9, 9), 1), lambda: a * a]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
big = Sparse(1000, 1000)
for k in range(0, 1000, 7):
    big[k, (k * 31) % 1000] = k
sq = big * big.transpose()
print(len(sq.data), sq[7, 7], sum(sq.data.values()))
