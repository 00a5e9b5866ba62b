import random
rng = random.Random(42)
WORDS = ["python", "interpreter", "unicode", "whitespace", "formatter", "palindrome"]
STAGES = [
    "  +---+\n      |\n      |\n      |\n     ===",
    "  +---+\n  O   |\n      |\n      |\n     ===",
    "  +---+\n  O   |\n  |   |\n      |\n     ===",
    "  +---+\n  O   |\n /|   |\n      |\n     ===",
    "  +---+\n  O   |\n /|\\  |\n      |\n     ===",
    "  +---+\n  O   |\n /|\\  |\n /    |\n     ===",
    "  +---+\n  O   |\n /|\\  |\n / \\  |\n     ===",
]
def play(word, guesses):
    found, wrong = set(), []
    for g in guesses:
        g = g.lower().strip()
        if len(g) != 1 or not g.isalpha():
            print(f"  {g!r}: please guess one letter")
            continue
        if g in found or g in wrong:
            print(f"  {g!r}: already guessed")
            continue
        if g in word:
            found.add(g)
            print(f"  {g!r}: yes! ({word.count(g)} time{'s' * (word.count(g) > 1)})")
        else:
            wrong.append(g)
            print(f"  {g!r}: no. Misses: {' '.join(wrong)}")
        shown = " ".join(c if c in found else "_" for c in word)
        print("   ", shown)
        if set(word) <= found:
            print(f"  WON with {len(wrong)} miss{'es' if len(wrong) != 1 else ''}")
            return True
        if len(wrong) >= len(STAGES) - 1:
            print(STAGES[-1])
            print(f"  LOST, the word was {word.upper()!r}")
            return False
    print(STAGES[len(wrong)])
    return None
letters = "etaoinshrdlcumwfgypbvkjxqz"
for round_no in range(1, 4):
    word = rng.choice(WORDS)
    order = list(letters)
    rng.shuffle(order)
    print(f"Round {round_no}: {len(word)} letters")
    result = play(word, ["E", "e", "?", "ab"] + order[:12])
    print(f"  result: {result}")
