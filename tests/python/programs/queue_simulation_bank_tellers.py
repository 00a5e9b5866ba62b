class Rand:
    def __init__(self, seed): self.x = seed
    def randint(self, a, b):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return a + (self.x >> 33) % (b - a + 1)
rng = Rand(7)
customers = [(t, rng.randint(2, 9)) for t in sorted(rng.randint(0, 60) for _ in range(15))]
tellers = [0, 0, 0]
served = []
for arrival, duration in customers:
    idx = min(range(len(tellers)), key=lambda i: (max(tellers[i], arrival), i))
    start = max(tellers[idx], arrival)
    tellers[idx] = start + duration
    served.append((arrival, idx, start - arrival, tellers[idx]))
for a, t, w, done in served:
    print(f"arrive {a:2d} teller {t} wait {w:2d} done {done:3d}")
print("max wait", max(s[2] for s in served), "finish", max(tellers))
print("per teller", [sum(1 for s in served if s[1] == i) for i in range(3)])
