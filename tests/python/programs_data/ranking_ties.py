from itertools import groupby
from operator import itemgetter

results = [("ann", 91), ("bob", 85), ("cy", 91), ("dee", 78), ("eve", 85), ("fay", 99), ("gus", 60)]
ordered = sorted(results, key=lambda r: (-r[1], r[0]))
print("standard competition (1224):")
rank = 0
for i, (name, score) in enumerate(ordered):
    if i == 0 or score != ordered[i - 1][1]:
        rank = i + 1
    print(f"  {rank:>2}. {name:<4}{score:>4}")
print("dense (1223):")
for dense, (score, grp) in enumerate(groupby(ordered, key=itemgetter(1)), 1):
    print(f"  {dense}: {score} {[n for n, _ in grp]}")
print("fractional:")
pos = 1
for score, grp in groupby(ordered, key=itemgetter(1)):
    grp = list(grp)
    avg = pos + (len(grp) - 1) / 2
    for name, _ in grp:
        print(f"  {name}: {avg:g}")
    pos += len(grp)
def percentile_rank(scores, x):
    below = sum(1 for s in scores if s < x)
    equal = sum(1 for s in scores if s == x)
    return 100 * (below + 0.5 * equal) / len(scores)
scores = [s for _, s in results]
for name, s in results:
    print(f"{name:<4} {percentile_rank(scores, s):6.2f}")
medals = dict(zip(["gold", "silver", "bronze"], ordered))
print(medals)
print(sorted(results, key=itemgetter(1), reverse=True) == sorted(results, key=lambda r: -r[1]))
print([n for n, s in sorted(results, key=itemgetter(1), reverse=True)])
print([n for n, s in sorted(reversed(results), key=itemgetter(1))][::-1])
print(list(enumerate("abc", start=10)), list(enumerate([])))
top = max(results, key=itemgetter(1))
ties = [r for r in results if r[1] == top[1]]
print(top, ties)
print(dict(results)["zed"])
