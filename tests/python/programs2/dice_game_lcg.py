class LCG:
    """Tiny deterministic random generator (same numbers every run)."""
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

def play_pig(players, rng, target=50):
    scores = {p: 0 for p in players}
    turn = 0
    while True:
        player = players[turn % len(players)]
        turn_total = 0
        rolls = []
        while turn_total < 15:
            r = rng.randint(1, 6)
            rolls.append(r)
            if r == 1:
                turn_total = 0
                break
            turn_total += r
        scores[player] += turn_total
        print(f"turn {turn:2d} {player:<5} rolls {rolls} -> +{turn_total} = {scores[player]}")
        if scores[player] >= target:
            return player, scores, turn
        turn += 1

rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(10)])
winner, scores, turns = play_pig(["ann", "bob", "cyd"], LCG(7))
print("winner:", winner, "after", turns + 1, "turns")
print(sorted(scores.items(), key=lambda kv: -kv[1]))
counts = [0] * 7
r2 = LCG(99)
for _ in range(6000):
    counts[r2.randint(1, 6)] += 1
print(counts[1:], sum(counts))
