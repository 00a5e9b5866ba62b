class Rng:
    def __init__(self, seed):
        self.s = seed
    def random(self):
        self.s = (self.s * 48271) % 2147483647
        return self.s / 2147483647

class Light:
    CYCLE = [("NS", "green", 6), ("NS", "yellow", 2), ("EW", "green", 5), ("EW", "yellow", 2)]
    def __init__(self):
        self.index = 0
        self.remaining = self.CYCLE[0][2]
    def tick(self):
        self.remaining -= 1
        if self.remaining == 0:
            self.index = (self.index + 1) % len(self.CYCLE)
            self.remaining = self.CYCLE[self.index][2]
    def green_for(self):
        axis, color, _ = self.CYCLE[self.index]
        return axis if color == "green" else None

rng = Rng(12345)
queues = {"N": [], "S": [], "E": [], "W": []}
rates = {"N": 0.3, "S": 0.25, "E": 0.4, "W": 0.2}
light = Light()
passed = {d: 0 for d in queues}
waits = []
max_queue = {d: 0 for d in queues}
for t in range(120):
    for d, rate in rates.items():
        if rng.random() < rate:
            queues[d].append(t)
    axis = light.green_for()
    if axis:
        for d in axis:
            if queues[d]:
                arrived = queues[d].pop(0)
                waits.append(t - arrived)
                passed[d] += 1
    for d in queues:
        max_queue[d] = max(max_queue[d], len(queues[d]))
    if t % 20 == 19:
        state = " ".join(f"{d}:{len(q):2d}" for d, q in queues.items())
        print(f"t={t + 1:3d} light={light.CYCLE[light.index][0]}-{light.CYCLE[light.index][1]:<6} {state}")
    light.tick()
print("passed:", passed, "total", sum(passed.values()))
print("max queue:", max_queue)
print(f"average wait {sum(waits) / len(waits):.2f}, worst {max(waits)}")
print("still waiting:", {d: len(q) for d, q in queues.items()})
