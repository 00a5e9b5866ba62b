W, H = 10, 6
MOVES = {"U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)}

def simulate(commands, food):
    snake = [(2, 2), (1, 2), (0, 2)]
    food = list(food)
    direction = "R"
    score = 0
    for step, cmd in enumerate(commands, 1):
        if cmd in MOVES and (MOVES[cmd][0] + MOVES[direction][0], MOVES[cmd][1] + MOVES[direction][1]) != (0, 0):
            direction = cmd
        dx, dy = MOVES[direction]
        hx, hy = snake[0]
        head = (hx + dx, hy + dy)
        if not (0 <= head[0] < W and 0 <= head[1] < H):
            return snake, score, f"hit wall at step {step}"
        if head in snake[:-1]:
            return snake, score, f"bit itself at step {step}"
        snake.insert(0, head)
        if food and head == food[0]:
            food.pop(0)
            score += 10
        else:
            snake.pop()
    return snake, score, "survived"

def draw(snake):
    grid = [["." for _ in range(W)] for _ in range(H)]
    for i, (x, y) in enumerate(snake):
        grid[y][x] = "@" if i == 0 else "o"
    return "\n".join("".join(r) for r in grid)

runs = [
    ("RRRDDLLL", [(4, 2), (5, 3)]),
    ("RRRRRRRRRR", []),
    ("DRRUUL", [(3, 2), (3, 3), (4, 3)]),
    ("RRDLU", [(3, 2), (4, 2), (5, 2)]),
]
for cmds, food in runs:
    snake, score, status = simulate(cmds, food)
    print(f"{cmds}: {status}, score {score}, length {len(snake)}")
    print(draw(snake))
    print()
