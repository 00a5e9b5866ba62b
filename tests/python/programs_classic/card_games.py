import random
from dataclasses import dataclass, field
from enum import Enum


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"


RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]


@dataclass(order=True, frozen=True)
class Card:
    rank_index: int
    suit: Suit = field(compare=False)

    @property
    def rank(self):
        return RANKS[self.rank_index]

    def __str__(self):
        return f"{self.rank}{self.suit.value}"


class Deck:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.cards = [Card(i, s) for s in Suit for i in range(13)]

    def shuffle(self):
        self.rng.shuffle(self.cards)

    def deal(self, n):
        if n > len(self.cards):
            raise ValueError(f"only {len(self.cards)} cards left")
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

    def __len__(self):
        return len(self.cards)


def hand_value(hand):
    total, aces = 0, 0
    for c in hand:
        if c.rank == "A":
            aces += 1
            total += 11
        elif c.rank in "JQK":
            total += 10
        else:
            total += int(c.rank)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


deck = Deck(2024)
deck.shuffle()
print(len(deck), Card(0, Suit.CLUBS), repr(Card(12, Suit.SPADES)))
players = {name: deck.deal(2) for name in ("Ann", "Ben", "Cid")}
for name, hand in players.items():
    while hand_value(hand) < 17:
        hand.append(deck.deal(1)[0])
    v = hand_value(hand)
    print(f"{name}: {' '.join(map(str, hand)):<20} {v:>2} {'BUST' if v > 21 else ''}")
print("left:", len(deck))
hand = sorted(deck.deal(5), reverse=True)
print("sorted hand:", [str(c) for c in hand])
print(Card(3, Suit.HEARTS) == Card(3, Suit.SPADES), Card(3, Suit.HEARTS) < Card(4, Suit.CLUBS))
print(Suit("♠"), Suit["HEARTS"], Suit.HEARTS.name, list(Suit)[0], len(Suit))
try:
    Card(1, Suit.CLUBS).rank_index = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    deck.deal(100)
except ValueError as e:
    print("error:", e)
war = Deck(5)
war.shuffle()
a, b = war.deal(26), war.deal(26)
score = [0, 0]
for x, y in zip(a, b):
    if x.rank_index != y.rank_index:
        score[x.rank_index < y.rank_index] += 1
print("war score", score)
Suit("X")
