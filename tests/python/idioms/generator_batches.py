def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(10), 3)))
print(list(batched("abcdefg", 2)))
print(list(batched([], 4)))

def sliding(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(sliding([1, 2, 3, 4, 5], 3)))
print([sum(w) / len(w) for w in sliding([2, 4, 6, 8, 10], 2)])

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcd")))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
