MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]

def tour(n, start):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    def options(r, c):
        return [(r + dr, c + dc) for dr, dc in MOVES
                if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0]
    for step in range(2, n * n + 1):
        opts = options(r, c)
        if not opts:
            return board, step - 1
        r, c = min(opts, key=lambda p: (len(options(*p)), p))
        board[r][c] = step
    return board, n * n

for n, start in [(5, (0, 0)), (6, (0, 0)), (8, (0, 0)), (8, (3, 4)), (4, (0, 0))]:
    board, visited = tour(n, start)
    print(f"n={n} start={start}: visited {visited}/{n * n}")
    if n <= 6:
        for row in board:
            print(" ".join(f"{v:2d}" for v in row))

def valid(board):
    n = len(board)
    pos = {board[r][c]: (r, c) for r in range(n) for c in range(n)}
    return all((abs(pos[k][0] - pos[k + 1][0]), abs(pos[k][1] - pos[k + 1][1])) in ((1, 2), (2, 1))
               for k in range(1, n * n))
print(valid(tour(8, (0, 0))[0]))
