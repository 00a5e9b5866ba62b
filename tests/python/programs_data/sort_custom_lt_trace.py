# A tutorial-style trace of how sorted() compares objects with a custom __lt__.
from functools import total_ordering, cmp_to_key

@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __eq__(self, other):
        return self.RANKS.index(self.rank) == self.RANKS.index(other.rank)
    def __lt__(self, other):
        print(f"  is {self} < {other}?")
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(c) for c in "KH 3D AS 3C 9H".split()]
print("sorting", hand)
print(sorted(hand))
print("max:", max(hand), "min:", min(hand))
def by_suit_then_rank(a, b):
    print(f"  cmp({a}, {b})")
    return ("SHDC".index(a.suit) - "SHDC".index(b.suit)) or (Card.RANKS.index(a.rank) - Card.RANKS.index(b.rank))
print(sorted(hand, key=cmp_to_key(by_suit_then_rank)))
print(sorted(hand, reverse=True))
print(Card("2H") <= Card("2S"), Card("TS") > Card("9D"))
sorted([Card("AS"), 5])
