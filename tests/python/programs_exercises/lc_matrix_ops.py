from typing import List


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix[:] = [list(row) for row in zip(*matrix[::-1])]

    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        out = []
        while matrix:
            out += matrix.pop(0)
            matrix = [list(r) for r in zip(*matrix)][::-1]
        return out

    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows = {i for i, r in enumerate(matrix) for v in r if v == 0}
        cols = {j for r in matrix for j, v in enumerate(r) if v == 0}
        for i, r in enumerate(matrix):
            for j in range(len(r)):
                if i in rows or j in cols:
                    r[j] = 0

    def generateMatrix(self, n: int) -> List[List[int]]:
        m = [[0] * n for _ in range(n)]
        r = c = 0
        dr, dc = 0, 1
        for k in range(1, n * n + 1):
            m[r][c] = k
            if not (0 <= r + dr < n and 0 <= c + dc < n and m[r + dr][c + dc] == 0):
                dr, dc = dc, -dr
            r, c = r + dr, c + dc
        return m

    def isValidSudoku(self, board: List[List[str]]) -> bool:
        seen = set()
        for i in range(9):
            for j in range(9):
                v = board[i][j]
                if v == ".":
                    continue
                keys = [(v, "r", i), (v, "c", j), (v, "b", i // 3, j // 3)]
                if any(k in seen for k in keys):
                    return False
                seen.update(keys)
        return True

    def transpose(self, m):
        return list(map(list, zip(*m)))


def show(m):
    for row in m:
        print(" ".join(f"{v:3d}" for v in row))


s = Solution()
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
s.rotate(m)
print(m)
print(s.spiralOrder([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
z = [[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]
s.setZeroes(z)
print(z)
show(s.generateMatrix(4))
board = [list(r) for r in [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79"]]
print(s.isValidSudoku(board))
board[0][0] = "8"
print(s.isValidSudoku(board))
print(s.transpose([[1, 2, 3], [4, 5, 6]]))
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid, [[0] * 3 for _ in range(2)])
print([row[::-1] for row in [[1, 2], [3, 4]]], [[1, 2], [3, 4]][::-1], sum([[1], [2, 3]], []))
