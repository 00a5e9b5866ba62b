LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class Board:
    def __init__(self):
        self.cells = [" "] * 9

    def __str__(self):
        rows = [" | ".join(self.cells[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n---------\n".join(rows)

    def __repr__(self):
        return f"Board({''.join(c if c != ' ' else '.' for c in self.cells)!r})"

    def play(self, pos, mark):
        if not 0 <= pos < 9:
            raise IndexError(f"position {pos} off the board")
        if self.cells[pos] != " ":
            raise ValueError(f"cell {pos} taken by {self.cells[pos]}")
        self.cells[pos] = mark

    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def full(self):
        return " " not in self.cells


def minimax(board, mark):
    w = board.winner()
    if w:
        return (1 if w == "X" else -1), None
    if board.full():
        return 0, None
    best = None
    for i in range(9):
        if board.cells[i] == " ":
            board.cells[i] = mark
            score, _ = minimax(board, "O" if mark == "X" else "X")
            board.cells[i] = " "
            if best is None or (mark == "X" and score > best[0]) or (mark == "O" and score < best[0]):
                best = (score, i)
    return best


def run_game(moves):
    b = Board()
    mark = "X"
    for pos in moves:
        try:
            b.play(pos, mark)
        except (ValueError, IndexError) as e:
            print(f"{mark} tried {pos}: {e}")
            continue
        w = b.winner()
        if w or b.full():
            break
        mark = "O" if mark == "X" else "X"
    print(b)
    print(repr(b), "winner:", b.winner() or "draw" if b.full() or b.winner() else "unfinished")
    return b


run_game([4, 0, 4, 8, 2, 6, 3, 5, 9, 7, 1])
run_game([0, 3, 1, 4, 2])
run_game([4, 0, 8, 2, 1, 7, 6, 3, 5])
b = Board()
for pos, m in ((0, "X"), (4, "O"), (8, "X")):
    b.play(pos, m)
print("best for O:", minimax(b, "O"))
print("empty board value:", minimax(Board(), "X")[0])
