from dataclasses import dataclass, field, asdict, astuple, replace, fields
import random

SUITS = "♣♦♥♠"
RANKS = "2 3 4 5 6 7 8 9 10 J Q K A".split()

@dataclass(order=True, frozen=True)
class Card:
    rank_index: int
    suit: str = field(compare=False)
    def __str__(self):
        return RANKS[self.rank_index] + self.suit

@dataclass
class Deck:
    cards: list = field(default_factory=lambda: [Card(r, s) for s in SUITS for r in range(13)])
    def shuffle(self, seed):
        random.Random(seed).shuffle(self.cards)
    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

deck = Deck()
print(len(deck.cards), " ".join(map(str, deck.cards[:13])))
deck.shuffle(1)
hands = [sorted(deck.deal(5), reverse=True) for _ in range(4)]
for i, h in enumerate(hands):
    print(f"player {i}: {' '.join(map(str, h))}  high={max(h)}")
print(len(deck.cards), Card(3, "♠"), repr(Card(3, "♠")), Card(3, "♠") == Card(3, "♥"), Card(2, "x") < Card(3, "y"))
print(asdict(Card(0, "♣")), astuple(Card(12, "♦")), replace(Card(1, "♥"), suit="♠"), [f.name for f in fields(Card)])
try:
    Card(1, "x").suit = "y"
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list, repr=False)
print(Inventory("a"), Inventory("b", 3, ["t"]) == Inventory("b", 3, []), hash(Card(1, "x")) == hash(Card(1, "y")))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
