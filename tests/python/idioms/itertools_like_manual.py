def accumulate(xs):
    total = 0
    for x in xs:
        total += x
        yield total

def product(a, b):
    for x in a:
        for y in b:
            yield (x, y)

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

def group_consecutive(xs):
    out = []
    for x in xs:
        if out and out[-1][0] == x:
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return [tuple(p) for p in out]

print(list(accumulate([1, 2, 3, 4])))
print(list(product("ab", [1, 2])))
print(list(combinations("abcd", 2)))
print(len(list(combinations(list(range(10)), 3))))
print(group_consecutive("aaabbc"))
def repeat(x, n):
    for _ in range(n):
        yield x
print(list(repeat("z", 3)))
