def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7])))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1, [2, [3]]]), depth(5))
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]))
def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(powerset([1, 2, 3]), key=lambda l: (len(l), l)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
