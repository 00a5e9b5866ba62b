import itertools
import operator

def take(n, iterable):
    return list(itertools.islice(iterable, n))

def flatten(list_of_lists):
    return itertools.chain.from_iterable(list_of_lists)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), itertools.groupby(iterable, key)))

print(take(5, itertools.count(10, 10)))
print(list(flatten([[1, 2], [3], [], [4, 5]])))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen('AAAABBBCCDAABBB')))
print(sum(1 for _ in itertools.permutations(range(6), 3)))
print(list(itertools.starmap(operator.add, zip(range(5), itertools.repeat(100)))))
