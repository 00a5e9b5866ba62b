from collections.abc import Iterable


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


def flatten_rec(lst):
    out = []
    for x in lst:
        out.extend(flatten_rec(x)) if isinstance(x, list) else out.append(x)
    return out


def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k]


def chunks(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]


def dedupe(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]


nested = [1, [2, [3, [4, [5]]]], (6, 7), "str", {8}, range(9, 11), [[]], b"by"]
print(list(flatten(nested)))
print(flatten_rec([1, [2, [3, 4], 5], [[6]], []]))
nums = list(range(1, 11))
for k in (0, 1, 3, -2, 10, 13):
    print(k, rotate(nums, k))
print(chunks(nums, 3), chunks(nums, 5), chunks([], 2), chunks(nums, 20))
print(dedupe([3, 1, 3, 2, 1, 5, 2]), list(dict.fromkeys("mississippi")), sorted(set("mississippi"), key="mississippi".index))
print(nums[::-1], nums[-3:], nums[:-3], nums[1::3], nums[100:], nums[-100:2], nums[5:2], nums[::-3])
a = nums[:]
a[2:5] = ["x"]
print(a)
a[::2] = "ABCDE"[:len(a[::2])]
print(a)
del a[::3]
print(a)
a[1:1] = [0, 0]
print(a, a.index(0), a.count(0))
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
b = [5, 3, 8, 1]
print(b.sort(), b, sorted(b, reverse=True), b.reverse(), b)
print(list(zip(*[iter(range(9))] * 3)), [list(g) for g in zip(range(3), "abc")])
print(max([3, 1, 2], key=lambda x: -x), min("hello"), max([], default="empty"), min(4, 2, 8), sum([[1], [2]], []))
second_largest = sorted(set([4, 1, 9, 9, 7]))[-2]
print(second_largest, [x for x in nums if x % 2], [x ** 2 for x in nums if x > 7], any(x > 9 for x in nums), all([]))
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs, len(pairs))
print([[r * c for c in range(1, 5)] for r in range(1, 4)])
evens, odds = [x for x in nums if x % 2 == 0], [x for x in nums if x % 2]
print(evens, odds, list(map(sum, zip(evens, odds))), [*evens, *odds], [0] * 3 + [1] * 2)
lst = [1, 2, 3]
lst.insert(-1, 9); lst.insert(100, 7); lst.insert(-100, 0)
print(lst, lst.pop(0), lst.pop(-2), lst)
lst.extend(range(2)); lst += "ab"
print(lst, lst * 2 == lst + lst, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [[]] * 2)
try:
    lst.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
r = [1, 2]
r.append(r)
print(r, [r, r])
print(list(range(10))[3:8:2], list(reversed(range(5))), range(0, 10, 3), range(5)[-1], range(10)[2:5], len(range(0, 100, 7)))
