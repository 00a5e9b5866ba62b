import math
from collections import Counter

def entropy(s):
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())

words = ["1", "0"]
while len(words) < 30:
    words.append(words[-1] + words[-2])
print(f"{'N':>3}{'Length':>10}  {'Entropy':<20}  Word")
for i, w in enumerate(words, 1):
    print(f"{i:>3}{len(w):>10}  {entropy(w):<20.16f}  {w if len(w) < 25 else '...'}")

def nstep(seed):
    seq = list(seed)
    k = len(seed)
    while len(seq) < 15:
        seq.append(sum(seq[-k:]))
    return seq
for name, seed in [("fibonacci", [1, 1]), ("tribonacci", [1, 1, 2]), ("tetranacci", [1, 1, 2, 4]), ("lucas", [2, 1])]:
    print(f"{name:>11}: {nstep(seed)}")
