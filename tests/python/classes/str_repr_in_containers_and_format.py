class Card:
    SUITS = "♠♥♦♣"
    RANKS = [None, "A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __str__(self):
        return f"{self.RANKS[self.rank]}{self.SUITS[self.suit]}"
    def __repr__(self):
        return f"Card({self.rank}, {self.suit})"
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
hand = [Card(12, 1), Card(1, 0), Card(10, 3), Card(1, 2)]
print(hand)
print([str(c) for c in hand], " ".join(map(str, sorted(hand))))
print(f"{hand[0]} / {hand[0]!r}", "%s %r" % (hand[1], hand[1]), str(hand), max(hand))
deck = [Card(r, s) for s in range(4) for r in range(1, 14)]
print(len(deck), deck[0], deck[-1], sum(1 for c in deck if c.rank > 10))
