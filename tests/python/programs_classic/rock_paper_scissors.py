import random
from collections import Counter

BEATS = {"rock": "scissors", "paper": "rock", "scissors": "paper"}


def winner(a, b):
    if a == b:
        return "tie"
    return "player" if BEATS[a] == b else "computer"


def play(moves, seed):
    rng = random.Random(seed)
    score = Counter()
    for rnd, move in enumerate(moves, 1):
        move = move.strip().lower()
        if move not in BEATS:
            print(f"round {rnd}: {move!r} is not a valid move")
            continue
        comp = rng.choice(sorted(BEATS))
        result = winner(move, comp)
        score[result] += 1
        print(f"round {rnd}: you {move:<8} computer {comp:<8} -> {result}")
    print("score:", dict(score), "| most common:", score.most_common(1))
    return score


s1 = play(["rock", "Paper", " scissors ", "lizard", "rock", "rock", "paper"], seed=7)
s2 = play(["paper"] * 5, seed=123)
total = s1 + s2
print("total", sorted(total.items()))
rng = random.Random(2024)
history = [rng.choice(list(BEATS)) for _ in range(30)]
freq = Counter(history)
print(freq.most_common(), "".join(m[0] for m in history))
counter_move = {v: k for k, v in BEATS.items()}
predicted = counter_move[freq.most_common(1)[0][0]]
print("best counter:", predicted)
streak = max(len(list(g)) for g in __import__("itertools").groupby(history) for g in [g[1]])
print("longest streak:", streak)
