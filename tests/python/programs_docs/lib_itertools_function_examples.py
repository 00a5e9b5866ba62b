# itertools: the example inputs and outputs given for each function in the library reference.
import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4, 5], initial=100)), list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.chain('ABC', 'DEF')), list(it.chain.from_iterable(['ABC', 'DEF'])))
print([''.join(c) for c in it.combinations('ABCD', 2)], list(it.combinations(range(4), 3)))
print([''.join(c) for c in it.combinations_with_replacement('ABC', 2)], list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.islice(it.count(10), 3)), list(it.islice(it.count(2.5, 0.5), 3)), ''.join(it.islice(it.cycle('ABCD'), 10)))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
print([k for k, g in it.groupby('AAAABBBCCDAABBB')], [list(g) for k, g in it.groupby('AAAABBBCCD')])
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print([''.join(p) for p in it.pairwise('ABCDEFG')], [''.join(p) for p in it.permutations('ABCD', 2)], list(it.permutations(range(3))))
print([''.join(p) for p in it.product('ABCD', 'xy')], list(it.product(range(2), repeat=3)))
print(list(it.repeat(10, 3)), list(map(pow, range(10), it.repeat(2))), list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), [list(t) for t in it.tee('ABC', 3)])
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest('AB', range(3))))
groups = []
uniquekeys = []
data = sorted('mississippi')
for k, g in it.groupby(data):
    groups.append(list(g))
    uniquekeys.append(k)
print(uniquekeys, groups)
print(len(list(it.combinations(range(10), 4))), len(list(it.permutations(range(5)))), len(list(it.product('ab', repeat=5))))
for bad in (lambda: it.islice('abc', -1), lambda: it.combinations('abc', -1), lambda: it.repeat(1, 'x'), lambda: it.count('a'), lambda: next(it.accumulate([])) ):
    try:
        bad()
        print('no error')
    except (ValueError, TypeError, StopIteration) as e:
        print(type(e).__name__ + ':', e)
