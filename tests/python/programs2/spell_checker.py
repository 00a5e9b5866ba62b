DICTIONARY = """the quick brown fox jumps over lazy dog a an and are is it to of in on for with
this that was were be been being have has had do does did will would shall should can could
program programming python language interpreter compile compiler thread threads parallel
spell spelling check checker word words correct correction suggest suggestion""".split()
WORDS = set(DICTIONARY)
ALPHA = "abcdefghijklmnopqrstuvwxyz"

def edits1(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in ALPHA]
    inserts = [a + c + b for a, b in splits for c in ALPHA]
    return set(deletes + swaps + replaces + inserts)

def rank(cands):
    return sorted(cands, key=lambda w: (DICTIONARY.index(w), w))

def suggest(word):
    w = word.lower()
    if w in WORDS:
        return [w]
    one = WORDS & edits1(w)
    if one:
        return rank(one)[:3]
    two = {e2 for e1 in edits1(w) for e2 in edits1(e1) if e2 in WORDS}
    return rank(two)[:3]

text = "Teh quikc brown fox jumsp ovr the lazzy dgo while the pythn interpretr compils threds in paralel"
fixed = []
for token in text.split():
    s = suggest(token)
    if not s:
        fixed.append(f"[{token}?]")
    elif s[0] == token.lower():
        fixed.append(token)
    else:
        fixed.append(s[0])
        print(f"{token:<12} -> {s}")
print(" ".join(fixed))
print(len(edits1("word")), len(edits1("")))
