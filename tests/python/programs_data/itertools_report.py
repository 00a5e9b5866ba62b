import itertools as it
from operator import itemgetter, mul, add

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
         ("2024-02", "south", 130), ("2024-03", "north", 60), ("2024-01", "east", 10)]
for month, grp in it.groupby(sorted(sales), key=itemgetter(0)):
    grp = list(grp)
    print(month, len(grp), sum(r[2] for r in grp))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddd")])
print([k for k, _ in it.groupby([1, 1, 2, 1])])
print(list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3, 4], mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement("AB", 3)))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.product()))
print(list(it.chain.from_iterable(["ab", [1, 2], ()])))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice("abcdefg", 2, None, 2)))
print(list(it.islice(range(10), 1, 8, 3)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, "", "x"])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.repeat("x", 3)), list(zip(it.count(), "ab")), list(it.islice(it.cycle("ab"), 5)))
print(list(it.count(1.5, 0.5))[:0] if False else list(it.islice(it.count(1.5, 0.5), 3)))
print(repr(it.count(5)), repr(it.count(1, 2)), repr(it.repeat(1, 2)), repr(it.count(1.0)))
print(list(it.combinations(range(4), 5)), list(it.permutations([])))
def batched(iterable, n):
    i = iter(iterable)
    while chunk := tuple(it.islice(i, n)):
        yield chunk
print(list(batched("ABCDEFG", 3)))
print(sum(1 for _ in it.combinations(range(10), 3)))
g = it.groupby([])
print(list(g))
try:
    next(it.product([]))
except StopIteration:
    print("empty product")
print(list(it.accumulate("abc")))
print(list(it.zip_longest()))
it.chain(1, 2).__next__()
