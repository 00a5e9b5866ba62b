ANSWERS = ["crane", "slate", "pious", "mummy", "eerie", "robot", "light", "sweet"]

def score(guess, answer):
    result = ["."] * 5
    remaining = {}
    for g, a in zip(guess, answer):
        if g != a:
            remaining[a] = remaining.get(a, 0) + 1
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        elif remaining.get(g, 0):
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)

def consistent(candidate, guess, pattern):
    return score(guess, candidate) == pattern

tests = [("crane", "crane"), ("slate", "crane"), ("eerie", "sweet"), ("mummy", "pious"), ("robot", "booth"), ("geese", "eerie")]
for answer, guess in tests:
    print(f"answer={answer} guess={guess} -> {score(guess, answer)}")

def solve(answer, first="slate"):
    pool = list(ANSWERS)
    guess = first
    history = []
    for turn in range(1, 7):
        pattern = score(guess, answer)
        history.append(f"{guess}:{pattern}")
        if pattern == "GGGGG":
            return turn, history
        pool = [w for w in pool if consistent(w, guess, pattern) and w != guess]
        if not pool:
            return None, history
        guess = pool[0]
    return None, history

for ans in ANSWERS:
    turns, hist = solve(ans)
    print(f"{ans}: {turns} {' '.join(hist)}")
