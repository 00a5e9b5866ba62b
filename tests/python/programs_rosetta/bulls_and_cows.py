import random
from itertools import permutations

rng = random.Random(2023)
digits = "123456789"
secret = "".join(rng.sample(digits, 4))

def score(secret, guess):
    bulls = sum(s == g for s, g in zip(secret, guess))
    cows = sum(g in secret for g in guess) - bulls
    return bulls, cows

# a player that keeps only candidates consistent with every answer so far
candidates = ["".join(p) for p in permutations(digits, 4)]
print("candidates:", len(candidates))
turn = 0
while True:
    turn += 1
    guess = candidates[rng.randrange(len(candidates))]
    b, c = score(secret, guess)
    print(f"turn {turn}: {guess} -> {b} bulls, {c} cows")
    if b == 4:
        break
    candidates = [x for x in candidates if score(x, guess) == (b, c)]
    print("   remaining", len(candidates))
print("secret was", secret, "found in", turn, "turns")
