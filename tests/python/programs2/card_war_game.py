RANKS = "23456789TJQKA"
SUITS = "cdhs"

class Rng:
    def __init__(self, seed):
        self.x = seed
    def below(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 33) % n

def shuffle(cards, rng):
    cards = list(cards)
    for i in range(len(cards) - 1, 0, -1):
        j = rng.below(i + 1)
        cards[i], cards[j] = cards[j], cards[i]
    return cards

deck = [r + s for s in SUITS for r in RANKS]
deck = shuffle(deck, Rng(42))
print(" ".join(deck[:13]))
a, b = deck[::2], deck[1::2]
value = lambda c: RANKS.index(c[0])
rounds = 0
wars = 0
while a and b and rounds < 300:
    rounds += 1
    pot = []
    while True:
        if not a or not b:
            break
        ca, cb = a.pop(0), b.pop(0)
        pot += [ca, cb]
        if value(ca) != value(cb):
            winner = a if value(ca) > value(cb) else b
            winner.extend(sorted(pot, key=value, reverse=True))
            break
        wars += 1
        for _ in range(3):
            if len(a) > 1 and len(b) > 1:
                pot += [a.pop(0), b.pop(0)]
    if rounds % 50 == 0:
        print(f"round {rounds}: A has {len(a)}, B has {len(b)}")
print("rounds", rounds, "wars", wars)
print("result:", "A wins" if not b else "B wins" if not a else f"stopped {len(a)}-{len(b)}")
print(len(a) + len(b))
