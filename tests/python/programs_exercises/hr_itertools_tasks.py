from itertools import product, permutations, combinations, combinations_with_replacement, groupby, compress, count, cycle, islice, starmap, takewhile, dropwhile, filterfalse, tee, repeat, zip_longest, chain, pairwise

print(*product([1, 2], [3, 4]))
print(list(product("ab", repeat=2)))
s, k = "HACK", 2
print("\n".join("".join(p) for p in permutations(sorted(s), k)))
for i in range(1, k + 1):
    for c in combinations(sorted(s), i):
        print("".join(c), end=" ")
print()
print(*("".join(c) for c in combinations_with_replacement(sorted(s), 2)))

# compress the string
print(*[(len(list(g)), int(k)) for k, g in groupby("1222311")])

# iterables and iterators: probability of an 'a'
letters = "a a c d".split()
combos = list(combinations(letters, 2))
from fractions import Fraction
p = Fraction(sum("a" in c for c in combos), len(combos))
print(p, float(p), f"{float(p):.4f}", len(combos))

# maximize it
lists = [[5, 4], [7, 8, 9], [5, 7, 8, 9, 10]]
m = 1000
print(max(sum(x * x for x in combo) % m for combo in product(*lists)))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(islice(count(10, 5), 4)))
print(list(islice(cycle("xyz"), 7)), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(repeat("a", 3)))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(chain.from_iterable(["ab", "cd"])), list(pairwise("abcd")), list(islice("abcdefg", 1, None, 2)))
print(list(count(2.5, 0.5))[:0] if False else list(islice(count(2.5, 0.5), 3)))
for key, grp in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    print(key, list(grp))
print(count(3), repeat(1, 2), repr(count(1.5, 2)))
