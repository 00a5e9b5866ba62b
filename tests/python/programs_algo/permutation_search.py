from itertools import permutations, combinations, product, combinations_with_replacement
import math
dist = {
    ("A", "B"): 12, ("A", "C"): 10, ("A", "D"): 19, ("A", "E"): 8,
    ("B", "C"): 3, ("B", "D"): 7, ("B", "E"): 2, ("C", "D"): 6, ("C", "E"): 20, ("D", "E"): 4,
}
d = lambda a, b: dist.get((a, b)) or dist[(b, a)]
cities = "BCDE"
best = min(permutations(cities), key=lambda p: sum(d(x, y) for x, y in zip("A" + "".join(p), "".join(p) + "A")))
cost = sum(d(x, y) for x, y in zip("A" + "".join(best), "".join(best) + "A"))
print("best tour A" + "".join(best) + "A", cost, "of", math.factorial(len(cities)), "tours")
digits = "0123456789"
def solve_two_two_four():
    letters = "TWOFUR"
    found = []
    for p in permutations(range(10), len(letters)):
        v = dict(zip(letters, p))
        if v["T"] == 0 or v["F"] == 0:
            continue
        two = v["T"] * 100 + v["W"] * 10 + v["O"]
        four = v["F"] * 1000 + v["O"] * 100 + v["U"] * 10 + v["R"]
        if two + two == four:
            found.append((two, four))
    return len(found), found[:3]
print(solve_two_two_four())
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9]
print(hits)
coins = [1, 5, 10, 25]
ways = sum(1 for r in range(1, 5) for c in combinations_with_replacement(coins, r) if sum(c) == 30)
print("ways to make 30 with <=4 coins:", ways)
dice = list(product(range(1, 7), repeat=3))
from collections import Counter
totals = Counter(map(sum, dice))
print(len(dice), totals.most_common(2), round(totals[10] / len(dice), 4))
print(sorted(totals.items())[:4])
bits = ["".join(b) for b in product("01", repeat=4) if b.count("1") == 2]
print(bits)
print(list(permutations("abc", 2)), len(list(permutations(range(6), 3))), math.perm(6, 3), math.comb(6, 3))
def next_permutation(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
p = [1, 2, 3]
seen = []
while p:
    seen.append("".join(map(str, p)))
    p = next_permutation(p)
print(seen, seen == ["".join(map(str, q)) for q in permutations([1, 2, 3])])
magic = [sq for sq in permutations(range(1, 10)) if all(sum(sq[i:i + 3]) == 15 for i in (0, 3, 6)) and all(sum(sq[i::3]) == 15 for i in range(3)) and sq[0] + sq[4] + sq[8] == 15 and sq[2] + sq[4] + sq[6] == 15]
print(len(magic), magic[0])
