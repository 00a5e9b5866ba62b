RANK_ORDER = "23456789TJQKA"
NAMES = ["high card", "one pair", "two pair", "three of a kind", "straight",
         "flush", "full house", "four of a kind", "straight flush"]

def evaluate(hand):
    cards = hand.split()
    values = sorted((RANK_ORDER.index(c[0]) for c in cards), reverse=True)
    suits = {c[1] for c in cards}
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))
    shape = [n for _, n in groups]
    ordered = [v for v, _ in groups]
    flush = len(suits) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if values == [12, 3, 2, 1, 0]:
        straight, ordered = True, [3, 2, 1, 0, -1]
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape == [3, 1, 1]:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape == [2, 1, 1, 1]:
        cat = 1
    else:
        cat = 0
    return cat, ordered

hands = {
    "alice": "2H 3D 5S 9C KD",
    "bob": "2C 3H 4S 8C AH",
    "carol": "2H 4S 4C 2D 4H",
    "dave": "TH JH QH KH AH",
    "erin": "5D 5S 9H 9C 2S",
    "frank": "AS 2D 3C 4H 5S",
    "gina": "7S 7H 7D KC 2C",
    "hal": "3S 8S JS QS 2S",
}
ranked = sorted(hands.items(), key=lambda kv: evaluate(kv[1]), reverse=True)
for place, (name, hand) in enumerate(ranked, 1):
    cat, tiebreak = evaluate(hand)
    print(f"{place}. {name:<6} {hand}  {NAMES[cat]}")
print(evaluate("AS 2D 3C 4H 5S") < evaluate("2S 3D 4C 5H 6S"))
print(max(hands, key=lambda n: evaluate(hands[n])))
