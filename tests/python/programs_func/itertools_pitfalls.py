from itertools import groupby, tee, islice, chain, zip_longest, cycle, count, accumulate, product

words = ["apple", "avocado", "banana", "apricot", "blueberry", "cherry", "bean"]
print("unsorted groupby:", [(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print("sorted groupby:  ", [(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
groups = groupby(sorted(words), key=lambda w: w[0])
saved = [(k, g) for k, g in groups]
print("groups consumed late:", [(k, list(g)) for k, g in saved])

gen = (n * n for n in range(10))
print(list(islice(gen, 3)), list(islice(gen, 3)), list(gen))
it = iter(range(10))
print(list(zip(it, it)))
it = iter("abcdefg")
print(list(zip_longest(*[it] * 3, fillvalue="_")))

source = iter([1, 2, 3, 4])
a, b = tee(source)
print(next(a), next(a), list(b), list(a))
print("source after tee is shared:", list(source))

c = count()
print(next(c), next(c), list(zip(c, "xy")), next(c))
cyc = cycle([1, 2])
print([next(cyc) for _ in range(5)])
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x)))
print(list(chain("ab", [], "c", range(2))))
lazy = map(print, ["never printed until consumed"])
print("map is lazy:", type(lazy).__name__)
list(lazy)
nested = [[1, 2], [3]]
flat = chain.from_iterable(nested)
nested.append([4])
print(list(flat))
pairs = product([1, 2], repeat=2)
print(len(list(pairs)), len(list(pairs)))
r = range(5)
print(list(islice(r, 2)), list(islice(r, 2)))
squares = {n: n * n for n in range(5)}
keys = iter(squares)
print(next(keys), list(keys))
try:
    for k in squares:
        squares[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
filtered = filter(lambda x: x % 2, range(6))
print(3 in filtered, list(filtered))
