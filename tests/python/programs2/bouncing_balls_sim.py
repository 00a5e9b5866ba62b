class Ball:
    def __init__(self, name, x, y, vx, vy, r=1.0):
        self.name, self.x, self.y, self.vx, self.vy, self.r = name, x, y, vx, vy, r
        self.bounces = 0

    def step(self, dt, width, height, gravity):
        self.vy -= gravity * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x - self.r < 0 or self.x + self.r > width:
            self.vx = -self.vx
            self.x = min(max(self.x, self.r), width - self.r)
            self.bounces += 1
        if self.y - self.r < 0:
            self.y = self.r
            self.vy = -self.vy * 0.8
            self.bounces += 1
        elif self.y + self.r > height:
            self.y = height - self.r
            self.vy = -self.vy

W, H = 40.0, 12.0
balls = [Ball("a", 5, 10, 6, 0), Ball("b", 20, 6, -4, 3), Ball("c", 35, 2, 2.5, 8, r=1.5)]
for tick in range(1, 301):
    for b in balls:
        b.step(0.05, W, H, 9.8)
    if tick % 60 == 0:
        grid = [[" "] * int(W) for _ in range(int(H))]
        for b in balls:
            col = min(int(b.x), int(W) - 1)
            row = min(int(H - b.y), int(H) - 1)
            grid[row][col] = b.name
        print(f"t={tick * 0.05:.1f}s")
        print("+" + "-" * int(W) + "+")
        for row in grid:
            print("|" + "".join(row) + "|")
        print("+" + "-" * int(W) + "+")
for b in balls:
    energy = 0.5 * (b.vx ** 2 + b.vy ** 2) + 9.8 * b.y
    print(f"{b.name}: pos=({b.x:.2f}, {b.y:.2f}) v=({b.vx:.2f}, {b.vy:.2f}) bounces={b.bounces} energy={energy:.2f}")
