# itertools recipes from the 3.11 documentation not covered elsewhere: grouper, partition, powerset, unique_everseen.
import collections
import operator
from itertools import (chain, combinations, count, cycle, filterfalse, groupby, islice,
                       repeat, starmap, tee, zip_longest, accumulate, product, permutations)

def take(n, iterable):
    return list(islice(iterable, n))
def prepend(value, iterator):
    return chain([value], iterator)
def tabulate(function, start=0):
    return map(function, count(start))
def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def sumprod(vec1, vec2):
    return sum(starmap(operator.mul, zip(vec1, vec2, strict=True)))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*args, strict=True)
    if incomplete == 'ignore':
        return zip(*args)
    raise ValueError('Expected fill, strict, or ignore')
def triplewise(iterable):
    for (a, _), (b, c) in zip(pairwise(iterable), pairwise(iterable[1:])):
        yield a, b, c
from itertools import pairwise
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def before_and_after(predicate, it):
    it = iter(it)
    transition = []
    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return
    def remainder_iterator():
        yield from transition
        yield from it
    return true_iterator(), remainder_iterator()
def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = [a - r * b for a, b in zip(chain(expansion, [0]), chain([0], expansion))]
    return expansion
def random_product_det(*args, repeat=1):
    return next(product(*args, repeat=repeat))

print(take(3, prepend(0, count(5))), take(4, tabulate(lambda x: x * x)))
print(list(tail(3, 'ABCDEFG')))
it = iter(range(10)); consume(it, 3); print(next(it))
print(nth('abcde', 2), nth('ab', 5, 'z'), all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 3, None]), list(ncycles('ab', 3)), sumprod([1, 2, 3], [4, 5, 6]))
print(list(flatten([[1, 2], [3]])))
print(list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
try:
    list(grouper('ABCDEFG', 3, incomplete='strict'))
except ValueError as e:
    print('ValueError:', e)
print(list(triplewise('ABCDEFG')), list(sliding_window('ABCDEFG', 4)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
all_upper, remainder = before_and_after(str.isupper, 'ABCdEfGhI')
print(''.join(all_upper), ''.join(remainder))
print(list(subslices('ABCD')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
d = {'a': 1, 'b': 2}
print(sorted(iter_except(d.popitem, KeyError)))
print(first_true([0, None, 7, 9]), first_true([], 'none'), first_true(range(10), pred=lambda x: x > 4))
print(polynomial_from_roots([5, -4, 3]))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)), list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
cashflows = [1000, -90, -90, -90, -90]
print([round(x, 2) for x in accumulate(cashflows, lambda bal, pmt: bal*1.05 + pmt)])
print(list(accumulate([1, 2, 3], initial=100)), random_product_det('ab', range(3), repeat=2))
print(list(permutations(range(3), 2))[:4], list(product('ab', repeat=2)))
