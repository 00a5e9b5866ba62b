from itertools import product, permutations, combinations, combinations_with_replacement, count, cycle, repeat, islice, accumulate, starmap, zip_longest, tee
import math
import operator

dice = list(product(range(1, 7), repeat=2))
sums = {}
for a, b in dice:
    sums[a + b] = sums.get(a + b, 0) + 1
print(sorted(sums.items()))
print(max(sums, key=sums.get), f"{sums[7] / len(dice):.4f}")
print(["".join(p) for p in permutations("abc")])
print(len(list(permutations(range(6), 3))), math.perm(6, 3), math.comb(6, 3), math.factorial(6))
print(list(combinations([1, 2, 3, 4, 5], 4)))
print(sum(1 for _ in combinations(range(20), 3)), math.comb(20, 3))
print(["".join(c) for c in combinations_with_replacement("xyz", 3)])
coins = [1, 5, 10]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 15]
print(ways)
print(list(product("01", repeat=3)))
print(["".join(bits) for bits in product("01", repeat=3) if bits.count("1") == 2])
grid = list(product(range(3), "AB", [True]))
print(grid[:4], len(grid))
print(list(islice(count(5, -2), 5)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle([1, 2, 3]), 7)), list(islice(cycle(""), 3)))
print(list(repeat([0], 2)), list(zip(range(3), repeat("x"))))
print(list(starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(accumulate(range(1, 11), operator.mul))[-1], math.prod(range(1, 11)))
print(list(accumulate([5, 3, 8, 1, 9], min)))
print(list(zip_longest("ab", "wxyz", "k", fillvalue=".")))
it1, it2 = tee(permutations("ab"))
print(list(it1), list(it2))
print(list(combinations("abc", 4)), list(permutations([], 0)), list(product([], repeat=0)))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(permutations("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    product("ab", repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repeat()
except TypeError as e:
    print(type(e).__name__, e)
try:
    count("a")
except TypeError as e:
    print(type(e).__name__, e)

def n_queens(n):
    sols = []
    for perm in permutations(range(n)):
        if len({perm[i] + i for i in range(n)}) == n and len({perm[i] - i for i in range(n)}) == n:
            sols.append(perm)
    return sols

q = n_queens(6)
print(len(q), q[0], len(n_queens(5)))
def subset_sums(nums, target):
    return [c for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == target]
print(subset_sums([3, 34, 4, 12, 5, 2], 9))
print(list(islice(((a, b, c) for c in count(1) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c), 4)))
print(repr(product("ab")).startswith("<itertools.product object"), type(permutations("a")).__name__)
print(type(combinations("a", 1)).__name__, type(count()).__name__, type(islice("", 1)).__name__)
