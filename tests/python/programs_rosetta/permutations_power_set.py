from itertools import permutations, combinations, chain, product

def perms(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for p in perms(seq[:i] + seq[i + 1:]):
            yield [x] + p

def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True

print(list(perms([1, 2, 3])))
print(list(perms([1, 2, 3])) == [list(p) for p in permutations([1, 2, 3])])
a = list("aabc")
out = ["".join(a)]
while next_permutation(a):
    out.append("".join(a))
print(len(out), out)

def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

print(list(powerset("abc")))
print([set(x) for x in powerset({1})])
bitmask = [[x for i, x in enumerate("wxyz") if m >> i & 1] for m in range(16)]
print(len(bitmask), bitmask[5], bitmask[15])
print(list(product("01", repeat=3)))
print(sum(1 for _ in permutations(range(7), 3)))
