import difflib
import hashlib
import random

rng = random.Random(2024)
words = ["alpha", "beta", "gamma", "delta", "eps\tilon", "<tag>", "a & b", "", "zeta zeta", "x" * 45]


def mutate(lines):
    out = list(lines)
    for _ in range(rng.randint(0, 4)):
        op = rng.choice("idcs")
        pos = rng.randrange(len(out) + 1)
        if op == "i":
            out.insert(pos, rng.choice(words) + "\n")
        elif op == "d" and out:
            del out[min(pos, len(out) - 1)]
        elif op == "c" and out:
            k = min(pos, len(out) - 1)
            s = out[k]
            j = rng.randrange(len(s)) if s else 0
            out[k] = s[:j] + rng.choice("XYZ ") + s[j + 1:]
        elif op == "s" and len(out) > 1:
            out[0], out[-1] = out[-1], out[0]
    return out


digests = []
for case in range(60):
    a = [rng.choice(words) + " " + str(rng.randint(0, 9)) + "\n" for _ in range(rng.randint(0, 8))]
    b = mutate(a)
    hd = difflib.HtmlDiff(tabsize=rng.choice([2, 4, 8]), wrapcolumn=rng.choice([None, 10, 20]))
    table = hd.make_table(a, b, "a", "b" if case % 3 else "", context=case % 2 == 0, numlines=rng.randint(0, 3))
    if case < 4:
        print(table)
    digests.append(hashlib.md5(table.encode()).hexdigest()[:8])
    rows = list(difflib._mdiff(a, b, None if case % 2 else 1))
    if case < 6:
        print(rows)
print(digests)
page = difflib.HtmlDiff().make_file(["same\n"], ["same\n"], context=True)
print(len(page), "No Differences Found" in page, hashlib.md5(page.encode()).hexdigest())
print(difflib.HtmlDiff().make_table([], []).count("Empty File"))
