import difflib
WORDS = ["apple", "apply", "ample", "maple", "banana", "bandana", "cabana", "orange", "range", "arrange", "grape", "grapefruit", "pineapple"]
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for typo in ["appel", "banan", "ornage", "grap", "pinaple", "xyz", "Apple"]:
    ranked = sorted(WORDS, key=lambda w: (edit_distance(typo.lower(), w), w))[:3]
    close = difflib.get_close_matches(typo, WORDS, n=3, cutoff=0.6)
    print(f"{typo:<8} edit={[(w, edit_distance(typo.lower(), w)) for w in ranked]} difflib={close}")
sm = difflib.SequenceMatcher(None, "the quick brown fox", "the quack brown box")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:3], sm.find_longest_match(0, 19, 0, 19))
for op in sm.get_opcodes():
    print(" ", op)
a = ["one", "two", "three", "four", "five"]
b = ["one", "2", "three", "four", "six", "seven"]
print("\n".join(difflib.unified_diff(a, b, "old.txt", "new.txt", lineterm="")))
print("\n".join(difflib.context_diff(a, b, lineterm="", n=1)))
print("\n".join(difflib.ndiff(["abcde\n", "same\n"], ["abXde\n", "same\n"])), end="")
