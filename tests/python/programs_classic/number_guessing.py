import random


class GuessingGame:
    def __init__(self, low, high, seed, max_tries=7):
        self.low, self.high = low, high
        self.secret = random.Random(seed).randint(low, high)
        self.max_tries = max_tries
        self.history = []

    def guess(self, n):
        if not isinstance(n, int):
            raise TypeError("guess must be an int")
        if len(self.history) >= self.max_tries:
            raise RuntimeError("no tries left")
        self.history.append(n)
        if n < self.secret:
            return "too low"
        if n > self.secret:
            return "too high"
        return "correct"


def binary_search_player(game):
    lo, hi = game.low, game.high
    while True:
        mid = (lo + hi) // 2
        result = game.guess(mid)
        print(f"  guess {mid:>4}: {result}")
        if result == "correct":
            return len(game.history)
        if result == "too low":
            lo = mid + 1
        else:
            hi = mid - 1


for seed in range(4):
    g = GuessingGame(1, 100, seed)
    print(f"game {seed} (secret hidden)")
    print("  solved in", binary_search_player(g), "tries; history", g.history)

g = GuessingGame(1, 10, 11, max_tries=3)
moves = [5, "7", 2, 9, 1]
for m in moves:
    try:
        print(m, "->", g.guess(m))
    except (TypeError, RuntimeError) as e:
        print(m, "->", type(e).__name__, e)
print("secret was", g.secret)
