SIZE = 8
COLS = "ABCDEFGH"

class Ship:
    def __init__(self, name, cells):
        self.name = name
        self.cells = set(cells)
        self.hits = set()
    @property
    def sunk(self):
        return self.cells == self.hits

def place(name, start, length, horizontal):
    col, row = COLS.index(start[0]), int(start[1:]) - 1
    cells = [(row, col + i) if horizontal else (row + i, col) for i in range(length)]
    for r, c in cells:
        if not (0 <= r < SIZE and 0 <= c < SIZE):
            raise ValueError(f"{name} does not fit at {start}")
    return Ship(name, cells)

fleet = []
for spec in [("carrier", "A1", 5, True), ("battleship", "H2", 4, False),
             ("cruiser", "C4", 3, False), ("destroyer", "E7", 2, True), ("sub", "G7", 3, True)]:
    try:
        fleet.append(place(*spec))
    except ValueError as e:
        print("placement error:", e)

def fire(shot):
    r, c = int(shot[1:]) - 1, COLS.index(shot[0])
    for ship in fleet:
        if (r, c) in ship.cells:
            if (r, c) in ship.hits:
                return "already hit"
            ship.hits.add((r, c))
            return f"sunk {ship.name}!" if ship.sunk else "hit"
    return "miss"

shots = ["A1", "B1", "C1", "D1", "E1", "F1", "H2", "H3", "C4", "C5", "C6", "C5", "E7", "F7", "A8"]
misses = []
for s in shots:
    result = fire(s)
    if result == "miss":
        misses.append(s)
    print(f"{s:>3}: {result}")
board = [["~"] * SIZE for _ in range(SIZE)]
for ship in fleet:
    for r, c in ship.cells:
        board[r][c] = "X" if (r, c) in ship.hits else "O"
for s in misses:
    board[int(s[1:]) - 1][COLS.index(s[0])] = "."
print("  " + " ".join(COLS))
for i, row in enumerate(board, 1):
    print(i, " ".join(row))
print("afloat:", [s.name for s in fleet if not s.sunk])
