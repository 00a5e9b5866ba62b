import itertools as it
import operator

data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "okra")]
for key, group in it.groupby(data, key=operator.itemgetter(0)):
    print(key, [name for _, name in group])
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddae")])
print([k for k, _ in it.groupby(sorted("mississippi"))])
g = it.groupby([1, 1, 2])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)))
print(list(it.accumulate("abc")))
print(list(it.accumulate([10, 5, 3], lambda a, b: a - b, initial=0)))

print(list(it.pairwise("ABCDE")))
print(list(it.pairwise([1])))
print([b - a for a, b in it.pairwise([1, 4, 9, 16, 25])])

print(list(it.chain("ab", [1, 2], (3,))))
print(list(it.chain.from_iterable(["xy", "z", ""])))
print(list(it.chain.from_iterable([[1, [2]], [3]])))

print(list(it.islice("ABCDEFG", 2)))
print(list(it.islice("ABCDEFG", 2, 4)))
print(list(it.islice("ABCDEFG", 2, None)))
print(list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.islice(it.count(), 5, 20, 5)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.islice("abc", 0, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)

a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
t3 = it.tee("xyz", 3)
print(len(t3), [list(t) for t in t3])

print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])))

print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy")))
print(len(list(it.product(range(3), repeat=3))))
print(list(it.product()))
print(list(it.permutations("abc", 2)))
print(list(it.permutations(range(3))))
print(list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations("ab", 0)))

print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.islice(it.count(10, 2.5), 4)))
print(list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(map(pow, range(5), it.repeat(2))))
print(repr(it.repeat(1, 2)), repr(it.count(3)), repr(it.count(1, 0.5)), repr(it.count(-2, -1)))
print(repr(it.repeat("a")))
r = it.repeat(9, 3)
next(r)
print(repr(r), r.__length_hint__())

def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk

print(list(chunked(range(10), 3)))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

print(list(roundrobin("ABC", "D", "EF")))

def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

print(list(powerset([1, 2, 3])))

def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el

print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
