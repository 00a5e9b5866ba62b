from itertools import chain
from typing import List


class Sudoku:
    def __init__(self, data: List[List[int]]):
        self.data = data

    def is_valid(self) -> bool:
        n = len(self.data)
        root = int(n ** 0.5)
        if root * root != n or any(len(r) != n for r in self.data):
            return False
        if any(type(v) is not int or not 1 <= v <= n for v in chain.from_iterable(self.data)):
            return False
        want = set(range(1, n + 1))
        rows = all(set(r) == want for r in self.data)
        cols = all(set(c) == want for c in zip(*self.data))
        boxes = all({self.data[r + i][c + j] for i in range(root) for j in range(root)} == want
                    for r in range(0, n, root) for c in range(0, n, root))
        return rows and cols and boxes

    def __repr__(self):
        return f"Sudoku({len(self.data)}x{len(self.data[0]) if self.data else 0})"

    def __str__(self):
        return "\n".join(" ".join(map(str, r)) for r in self.data)


good = Sudoku([
    [7, 8, 4, 1, 5, 9, 3, 2, 6], [5, 3, 9, 6, 7, 2, 8, 4, 1], [6, 1, 2, 4, 3, 8, 7, 5, 9],
    [9, 2, 8, 7, 1, 5, 4, 6, 3], [3, 5, 7, 8, 4, 6, 1, 9, 2], [4, 6, 1, 9, 2, 3, 5, 8, 7],
    [8, 7, 6, 3, 9, 4, 2, 1, 5], [2, 4, 3, 5, 6, 1, 9, 7, 8], [1, 9, 5, 2, 8, 7, 6, 3, 4]])
print(good, repr(good), good.is_valid(), sep="\n")
print(Sudoku([[1, 4, 2, 3], [3, 2, 4, 1], [4, 1, 3, 2], [2, 3, 1, 4]]).is_valid())
print(Sudoku([[1, 2, 3], [2, 3, 1], [3, 1, 2]]).is_valid(), Sudoku([[1]]).is_valid(), Sudoku([[True]]).is_valid())
bad = [row[:] for row in good.data]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print(Sudoku(bad).is_valid(), Sudoku([[1, 2], [2, 1]]).is_valid(), Sudoku([[1.0]]).is_valid(), repr(Sudoku([])))


def solve(board):
    for i in range(81):
        r, c = divmod(i, 9)
        if board[r][c] == 0:
            used = set(board[r]) | {board[k][c] for k in range(9)} | \
                {board[r // 3 * 3 + a][c // 3 * 3 + b] for a in range(3) for b in range(3)}
            for v in range(1, 10):
                if v not in used:
                    board[r][c] = v
                    if solve(board):
                        return True
            board[r][c] = 0
            return False
    return True


puzzle = [[5, 3, 0, 0, 7, 0, 0, 0, 0], [6, 0, 0, 1, 9, 5, 0, 0, 0], [0, 9, 8, 0, 0, 0, 0, 6, 0],
          [8, 0, 0, 0, 6, 0, 0, 0, 3], [4, 0, 0, 8, 0, 3, 0, 0, 1], [7, 0, 0, 0, 2, 0, 0, 0, 6],
          [0, 6, 0, 0, 0, 0, 2, 8, 0], [0, 0, 0, 4, 1, 9, 0, 0, 5], [0, 0, 0, 0, 8, 0, 0, 7, 9]]
print(solve(puzzle), Sudoku(puzzle).is_valid())
print(*("".join(map(str, r)) for r in puzzle), sep="\n")
