from itertools import (chain, combinations, count, cycle, groupby, islice, repeat, starmap,
                       tee, zip_longest, filterfalse, accumulate, product, permutations)
import operator
import collections

def take(n, iterable):
    return list(islice(iterable, n))
def tabulate(function, start=0):
    return map(function, count(start))
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
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def dotproduct(v1, v2):
    return sum(map(operator.mul, v1, v2))
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass
print(take(5, tabulate(lambda x: x * x)))
it = iter(range(10))
consume(it, 3)
print(next(it))
print(nth(range(100), 42), nth("abc", 10, "dflt"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(quantify([1, 0, 3, None, 5]), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles("ab", 3)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(partition(lambda x: x % 2, range(10)))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(list(flatten([[1, 2], [3], []])), dotproduct([1, 2, 3], [4, 5, 6]))
print(first_true([0, None, "", 7, 8]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 5))
print(list(iter_except([1, 2, 3].pop, IndexError)))
print(list(accumulate(range(1, 6), operator.mul)), list(starmap(operator.pow, zip(range(5), repeat(2)))))
print(sum(1 for p in permutations(range(5)) if all(abs(p[i] - p[i + 1]) > 1 for i in range(4))))
print(["".join(p) for p in product("01", repeat=3)])
