def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved
def accumulate(seq):
    total = 0
    for x in seq:
        total += x
        yield total
def groupby(seq, key):
    it = iter(seq)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    for x in it:
        if key(x) == key(group[-1]):
            group.append(x)
        else:
            yield key(group[-1]), group
            group = [x]
    yield key(group[-1]), group
def product(a, b):
    for x in a:
        for y in b:
            yield x, y
print(list(islice(count(5, 3), 4)), list(islice(cycle("ab"), 5)), list(accumulate(range(6))))
print(list(groupby("aaabccdd", key=lambda c: c)), list(groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)))
print(list(product([1, 2], "xy")))
