COLORS = "RGBYOP"

def feedback(secret, guess):
    black = sum(s == g for s, g in zip(secret, guess))
    common = sum(min(secret.count(c), guess.count(c)) for c in set(guess))
    return black, common - black

def all_codes(length=4):
    codes = [""]
    for _ in range(length):
        codes = [c + col for c in codes for col in COLORS]
    return codes

def solve(secret):
    candidates = all_codes()
    guess = "RRGG"
    history = []
    while True:
        fb = feedback(secret, guess)
        history.append((guess, fb))
        if fb == (4, 0):
            return history
        candidates = [c for c in candidates if feedback(c, guess) == fb]
        guess = candidates[0]

print(len(all_codes()))
for secret, guess in [("RGBY", "RGBY"), ("RGBY", "YBGR"), ("RRGG", "GGRR"), ("RGBY", "OOPP"), ("RRRB", "RBRB")]:
    print(secret, guess, feedback(secret, guess))
total = 0
for secret in ["RGBY", "PPPP", "OYRB", "GGRB", "YOPR"]:
    hist = solve(secret)
    total += len(hist)
    print(secret, len(hist), " ".join(f"{g}{b}{w}" for g, (b, w) in hist))
print("average guesses:", total / 5)
