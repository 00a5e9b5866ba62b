class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.direction = 0
        self.stops = set()
        self.log = []

    def request(self, floor):
        if not 0 <= floor < self.floors:
            self.log.append(f"ignored request for floor {floor}")
            return
        self.stops.add(floor)

    def step(self):
        if not self.stops:
            self.direction = 0
            return False
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.current), f))
            self.direction = 1 if nearest > self.current else -1 if nearest < self.current else 0
        if self.current in self.stops:
            self.stops.discard(self.current)
            self.log.append(f"stop at {self.current}")
            if not any((f - self.current) * self.direction > 0 for f in self.stops):
                self.direction = 0
            return True
        ahead = [f for f in self.stops if (f - self.current) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.current += self.direction
        self.log.append(f"move to {self.current}")
        return True

e = Elevator(10)
schedule = {0: [5, 2], 3: [8], 6: [1], 9: [12, 9], 14: [0]}
tick = 0
while tick < 40:
    for f in schedule.get(tick, []):
        e.request(f)
    moved = e.step()
    if not moved and tick > max(schedule):
        break
    tick += 1
for i, line in enumerate(e.log):
    print(f"{i:2d} {line}")
print("finished at floor", e.current, "after", tick, "ticks")
