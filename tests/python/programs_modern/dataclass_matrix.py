from __future__ import annotations
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterator, Sequence
import itertools

@dataclass(frozen=True)
class Matrix:
    rows: tuple[tuple[Fraction, ...], ...]

    @classmethod
    def of(cls, data: Sequence[Sequence[int | Fraction]]) -> Matrix:
        width = {len(r) for r in data}
        if len(width) != 1:
            raise ValueError(f"ragged rows: widths {sorted(width)}")
        return cls(tuple(tuple(Fraction(x) for x in r) for r in data))

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls.of([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __iter__(self) -> Iterator[tuple[Fraction, ...]]:
        return iter(self.rows)

    def __getitem__(self, ij: tuple[int, int]) -> Fraction:
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other: Matrix) -> Matrix:
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix(tuple(tuple(sum((a * b for a, b in zip(r, c)), Fraction(0)) for c in cols) for r in self.rows))

    def __add__(self, other: Matrix) -> Matrix:
        if self.shape != other.shape:
            return NotImplemented
        return Matrix(tuple(tuple(a + b for a, b in zip(r1, r2)) for r1, r2 in zip(self.rows, other.rows)))

    def __mul__(self, k: int | Fraction) -> Matrix:
        return Matrix(tuple(tuple(a * k for a in r) for r in self.rows))
    __rmul__ = __mul__

    def transpose(self) -> Matrix:
        return Matrix(tuple(zip(*self.rows)))

    def det(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        total = Fraction(0)
        for perm in itertools.permutations(range(n)):
            inversions = sum(1 for i, j in itertools.combinations(range(n), 2) if perm[i] > perm[j])
            prod = Fraction(1)
            for i, p in enumerate(perm):
                prod *= self.rows[i][p]
            total += -prod if inversions % 2 else prod
        return total

    def inverse(self) -> Matrix:
        n, _ = self.shape
        aug = [list(r) + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix(tuple(tuple(r[n:]) for r in aug))

    def __str__(self) -> str:
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

A = Matrix.of([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix.of([[1, 2], [0, 1], [4, 0]])
print(A, A.shape, A.det(), sep="\n")
print(A @ B)
print(A.inverse())
print((A @ A.inverse()) == Matrix.identity(3), A + A == 2 * A, A[1, 2], A.transpose()[2, 1])
print(B.transpose())
print(Matrix.of([[Fraction(1, 2), 0], [0, Fraction(1, 3)]]).inverse())
for bad in [lambda: Matrix.of([[1, 2], [3]]), lambda: B @ B, lambda: B.det(), lambda: Matrix.of([[1, 2], [2, 4]]).inverse(),
            lambda: A + B]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(Matrix.identity(2)))
print(hash(Matrix.identity(2)) == hash(Matrix.identity(2)))
