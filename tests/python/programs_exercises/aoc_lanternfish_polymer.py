from collections import Counter, defaultdict
from itertools import pairwise

FISH = "3,4,3,1,2"
ages = Counter(map(int, FISH.split(",")))
timers = [ages[i] for i in range(9)]
for day in range(1, 257):
    zero = timers.pop(0)
    timers[6] += zero
    timers.append(zero)
    if day in (18, 80, 256):
        print(day, sum(timers))

POLY = """NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C"""
template, rules_txt = POLY.split("\n\n")
rules = dict(line.split(" -> ") for line in rules_txt.splitlines())


def grow(steps):
    pairs = Counter(a + b for a, b in pairwise(template))
    for _ in range(steps):
        nxt = Counter()
        for p, n in pairs.items():
            m = rules[p]
            nxt[p[0] + m] += n
            nxt[m + p[1]] += n
        pairs = nxt
    counts = Counter({template[-1]: 1})
    for p, n in pairs.items():
        counts[p[0]] += n
    common = counts.most_common()
    return common[0][1] - common[-1][1], common


print(grow(10))
print(grow(40)[0])

CAVES = """start-A
start-b
A-c
A-b
b-d
A-end
b-end"""
g = defaultdict(list)
for line in CAVES.splitlines():
    a, b = line.split("-")
    g[a].append(b)
    g[b].append(a)


def paths(node, seen, twice):
    if node == "end":
        return 1
    total = 0
    for nb in g[node]:
        if nb == "start":
            continue
        if nb.islower() and nb in seen:
            if not twice:
                total += paths(nb, seen, True)
        else:
            total += paths(nb, seen | {nb} if nb.islower() else seen, twice)
    return total


print(paths("start", {"start"}, True), paths("start", {"start"}, False))
