class Sparse:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (data or {}).items() if v}
    @classmethod
    def from_dense(cls, m):
        return cls(len(m), len(m[0]), {(i, j): v for i, r in enumerate(m) for j, v in enumerate(r) if v})
    def __getitem__(self, ij):
        i, j = ij
        if not (0 <= i < self.rows and 0 <= j < self.cols):
            raise IndexError(f"index {ij} out of range for {self.rows}x{self.cols}")
        return self.data.get(ij, 0)
    def __setitem__(self, ij, v):
        if v:
            self.data[ij] = v
        else:
            self.data.pop(ij, None)
    def __add__(self, o):
        out = dict(self.data)
        for k, v in o.data.items():
            out[k] = out.get(k, 0) + v
        return Sparse(self.rows, self.cols, out)
    def __matmul__(self, o):
        if self.cols != o.rows:
            raise ValueError(f"shape mismatch: {self.rows}x{self.cols} @ {o.rows}x{o.cols}")
        by_row = {}
        for (k, j), v in o.data.items():
            by_row.setdefault(k, []).append((j, v))
        out = {}
        for (i, k), v in self.data.items():
            for j, w in by_row.get(k, ()):
                out[i, j] = out.get((i, j), 0) + v * w
        return Sparse(self.rows, o.cols, out)
    def T(self):
        return Sparse(self.cols, self.rows, {(j, i): v for (i, j), v in self.data.items()})
    def dense(self):
        return [[self[i, j] for j in range(self.cols)] for i in range(self.rows)]
    def __repr__(self):
        return f"Sparse({self.rows}x{self.cols}, nnz={len(self.data)}, {dict(sorted(self.data.items()))})"
    def __eq__(self, o):
        return (self.rows, self.cols, self.data) == (o.rows, o.cols, o.data)
A = Sparse.from_dense([[1, 0, 0], [0, 0, 2], [3, 0, 4]])
B = Sparse.from_dense([[0, 5], [6, 0], [0, 7]])
print(A)
print(B.T())
print((A @ B).dense())
print((A + A).dense(), A + Sparse(3, 3) == A)
A[0, 0] = 0
A[1, 1] = 9
print(A, A[2, 2], A[1, 0])
try:
    A[3, 0]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    A @ A.T() @ B.T()
except ValueError as ex:
    print(type(ex).__name__, ex)
I = Sparse(4, 4, {(i, i): 1 for i in range(4)})
M = Sparse(4, 4, {(0, 3): 2, (3, 0): -1, (2, 2): 5})
print(I @ M == M, (M @ M).dense())
density = len(M.data) / (M.rows * M.cols)
print(f"density {density:.2%}, zeros {M.rows * M.cols - len(M.data)}")
print(sorted(M.data, key=lambda k: (k[1], k[0])), max(M.data.values()), sum(M.data.values()))
for row in (M @ M).T().dense():
    print(" ".join(f"{v:>3}" for v in row))
