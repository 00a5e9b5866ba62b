import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate("abc")))
for k, g in it.groupby("AAAABBBCCDAABBB"):
    print(k, list(g), end="; ")
print()
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 3, 1, 3]))])
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for key, grp in it.groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])))
print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy")))
print(list(it.product()), list(it.product([], [1])))
print(len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.permutations(range(3))))
print(list(it.permutations([1, 2], 5)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations(range(4), 0)))
print(list(it.islice("ABCDEFG", 2)))
print(list(it.islice("ABCDEFG", 2, 4)))
print(list(it.islice("ABCDEFG", 2, None)))
print(list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.islice(it.count(), 5, 20, 5)))
try:
    it.islice("abc", -1)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
t1, t2, t3 = it.tee("xy", 3)
print(next(t1), list(t2), list(t1), list(t3))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.chain("abc", [1, 2], (3,))))
print(list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.repeat("x", 3)), list(it.repeat(1, 0)))
print(list(zip(it.count(10, 2.5), "abc")))
print(list(it.islice(it.cycle("ab"), 5)))
print(repr(it.count(5)), repr(it.count(1, 2)), repr(it.repeat("a", 2)), repr(it.repeat(0)))
c = it.count(3)
next(c)
print(c)
print(list(map(operator.mul, it.repeat(2), [1, 2, 3])))
print(hasattr(it, "batched"))
try:
    list(it.permutations("abc", -1))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    it.product("ab", repeat=-1)
except ValueError as ex:
    print(type(ex).__name__, ex)
def batched(iterable, n):
    itr = iter(iterable)
    while chunk := tuple(it.islice(itr, n)):
        yield chunk
print(list(batched("ABCDEFG", 3)))
print(sum(1 for _ in it.combinations(range(10), 3)))
