ROWS, COLS = 6, 7

def new_board():
    return [["." for _ in range(COLS)] for _ in range(ROWS)]

def drop(board, col, piece):
    if not 0 <= col < COLS:
        raise ValueError(f"column {col} out of range")
    for r in range(ROWS - 1, -1, -1):
        if board[r][col] == ".":
            board[r][col] = piece
            return r
    raise ValueError(f"column {col} is full")

def winner(board):
    for r in range(ROWS):
        for c in range(COLS):
            p = board[r][c]
            if p == ".":
                continue
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + i * dr, c + i * dc) for i in range(4)]
                if all(0 <= rr < ROWS and 0 <= cc < COLS and board[rr][cc] == p for rr, cc in cells):
                    return p, cells
    return None

def show(board):
    for row in board:
        print(" ".join(row))
    print(" ".join(str(c) for c in range(COLS)))

games = {
    "vertical": [0, 1, 0, 1, 0, 1, 0],
    "diagonal": [0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3],
    "errors": [3, 3, 3, 3, 3, 3, 3, 9, 4],
}
for name, moves in games.items():
    board = new_board()
    print("==", name)
    turn = 0
    for col in moves:
        piece = "XO"[turn % 2]
        try:
            drop(board, col, piece)
        except ValueError as e:
            print("invalid:", e)
            continue
        turn += 1
        w = winner(board)
        if w:
            print(f"{w[0]} wins with {w[1]}")
            break
    show(board)
