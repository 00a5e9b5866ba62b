from collections import deque

W, H = 10, 6
MOVES = {"U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)}
OPPOSITE = {"U": "D", "D": "U", "L": "R", "R": "L"}


class GameOver(Exception):
    pass


class Snake:
    def __init__(self, food):
        self.body = deque([(2, 2), (1, 2), (0, 2)])
        self.direction = "R"
        self.food = deque(food)
        self.score = 0

    @property
    def head(self):
        return self.body[0]

    def turn(self, d):
        if d != OPPOSITE[self.direction]:
            self.direction = d

    def step(self):
        dx, dy = MOVES[self.direction]
        x, y = self.head
        new = ((x + dx) % W, (y + dy) % H)
        if new in list(self.body)[:-1]:
            raise GameOver(f"bit itself at {new} with score {self.score}")
        self.body.appendleft(new)
        if self.food and new == self.food[0]:
            self.food.popleft()
            self.score += 10
        else:
            self.body.pop()

    def render(self):
        rows = []
        body = set(self.body)
        for y in range(H):
            row = ""
            for x in range(W):
                if (x, y) == self.head:
                    row += "@"
                elif (x, y) in body:
                    row += "o"
                elif self.food and (x, y) == self.food[0]:
                    row += "*"
                else:
                    row += "."
            rows.append(row)
        return "\n".join(rows)


snake = Snake(food=[(5, 2), (5, 5), (9, 0), (1, 1)])
script = "RRRDDDLLLLUUUUURRRRRRRRDDLLLLLLLULDR"
for i, move in enumerate(script):
    snake.turn(move)
    try:
        snake.step()
    except GameOver as e:
        print("GAME OVER:", e)
        break
    if i % 6 == 5:
        print(f"after {i + 1} moves (score {snake.score}, length {len(snake.body)}):")
        print(snake.render())
print("final:", snake.head, snake.direction, snake.score, list(snake.body)[:4], list(snake.food))
