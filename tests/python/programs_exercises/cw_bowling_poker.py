from collections import Counter


def bowling_score(frames):
    rolls = [10 if c == "X" else None if c == "/" else int(c) for c in frames.replace(" ", "")]
    for i, r in enumerate(rolls):
        if r is None:
            rolls[i] = 10 - rolls[i - 1]
    score, i = 0, 0
    for _ in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
    return score


for game in ["11 11 11 11 11 11 11 11 11 11", "X X X X X X X X X XXX", "00 5/ 4/ 53 33 22 4/ 5/ 45 XXX",
             "5/ 4/ 3/ 2/ 1/ 0/ X 9/ 4/ 8/8", "X X 9/ 80 X X 90 8/ 7/ 44"]:
    print(f"{game:<32} {bowling_score(game):>3}")

RANKS = "23456789TJQKA"
NAMES = ["high card", "pair", "two pairs", "three of a kind", "straight", "flush", "full house",
         "four of a kind", "straight flush"]


def hand_rank(hand):
    cards = hand.split()
    vals = sorted((RANKS.index(c[0]) for c in cards), reverse=True)
    counts = Counter(vals)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [c for _, c in groups]
    flush = len({c[1] for c in cards}) == 1
    straight = len(counts) == 5 and vals[0] - vals[4] == 4
    if vals == [12, 3, 2, 1, 0]:
        straight, vals = True, [3, 2, 1, 0, -1]
    cat = (8 if straight and flush else 7 if shape == [4, 1] else 6 if shape == [3, 2] else 5 if flush
           else 4 if straight else 3 if shape == [3, 1, 1] else 2 if shape == [2, 2, 1] else 1 if shape[0] == 2 else 0)
    return cat, [v for v, _ in groups] if not straight else vals


def compare(a, b):
    ra, rb = hand_rank(a), hand_rank(b)
    return "Win" if ra > rb else "Loss" if ra < rb else "Tie"


hands = [("2H 3H 4H 5H 6H", "KS AS TS QS JS"), ("2H 3H 4H 5H 6H", "AS AD AC AH JD"), ("AS AH 2H AD AC", "JS JD JC JH 3D"),
         ("2S AH 2H AS AC", "JS JD JC JH AD"), ("2S AH 2H AS AC", "2H 3H 5H 6H 7H"), ("AS 3S 4S 8S 2S", "2H 3H 5H 6H 7H"),
         ("2H 3H 5H 6H 7H", "2S 3H 4H 5S 6C"), ("2S 3H 4H 5S 6C", "3D 4C 5H 6H 2S"), ("2S 3H 4H 5S AC", "3D 4C 5H 6H 2S"),
         ("2S 2H 4H 5S 4C", "AH AC 5H 6H AS"), ("2S 2H 4H 5S 4C", "AH AC 5H 6H 7S"), ("6S AD 7H 4S AS", "AH AC 5H 6H 7S")]
for a, b in hands:
    ra = hand_rank(a)
    print(f"{a} vs {b}: {compare(a, b):<4} ({NAMES[ra[0]]}, {ra[1]})")
