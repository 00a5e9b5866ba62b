# w3resource-style list and tuple exercises
import copy
from itertools import groupby

lst = [10, 20, 30, 20, 10, 50, 60, 40, 80, 50, 40]
print(list(dict.fromkeys(lst)), sorted(set(lst)), [k for k, _ in groupby(sorted(lst))])
print(lst[::2], lst[1::3], lst[-3:], lst[:-8], lst[100:], lst[::-3], lst[5:2], lst[-100:2])
tup = (1, "two", 3.0, [4], (5,), None)
print(tup, tup[3], tup[-2:], len(tup), tup.count(None), tup.index(3.0), tup * 2 if len(tup) < 3 else tup[:2] * 2)
tup[3].append(5)
print(tup)
try:
    tup[0] = 9
except TypeError as e:
    print(e)
a = [[1, 2], [3, 4]]
b = a[:]
c = copy.deepcopy(a)
a[0].append(99)
print(a, b, c, a == b, a is b, a[0] is b[0], c[0] is a[0])
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), [list(t) for t in zip(range(3), "xyz")])
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
nums2 = nums.copy()
nums2.sort(reverse=True)
print(nums2, sorted(nums, key=lambda x: (x % 3, -x)), nums.count(5), nums.index(5), nums.index(5, 5))
del nums[::2]
print(nums, [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
m = [1, 2, 3]
m[1:2] = [7, 8, 9]
m[:0] = [0]
m[len(m):] = [10]
m[::2] = "abcd"[:len(m[::2])]
print(m)
t = ((1, 2), (3, 4), (1, 2))
print(set(t), sorted(t, reverse=True), max(t), min(t, key=lambda p: -p[1]), t.count((1, 2)), (1, 2) in t)
print(tuple(reversed((1, 2, 3))), tuple("abc"), tuple({1: 2}), (1,) + (2, 3), (1, 2) < (1, 2, 0), () == tuple())
x, *rest = [1, 2, 3, 4]
*init, last = "hello"
first, (p, q), *_ = [0, (1, 2), 3, 4]
print(x, rest, init, last, first, p, q)
print([[i * j for j in range(1, 4)] for i in range(1, 4)], list(map(sum, [[1, 2], [3], []])))
print(sum([[1, 2], [3]], []), [y for x in [[1, 2], [3]] for y in x], list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower), sorted("bcA"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2, 3], [1, 2]]), sorted([-1, 3, -2], key=abs))
