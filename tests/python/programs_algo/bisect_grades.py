import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5)
print(b)
recs = [("ann", 10), ("bob", 20), ("cy", 30), ("di", 40)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]))
print(bisect.bisect_right(recs, 30, key=lambda r: r[1]))
bisect.insort(recs, ("ed", 25), key=lambda r: r[1])
print(recs)
bisect.insort_left(recs, ("fi", 30), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 3, -1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    bisect.bisect(a, "x")
except TypeError as ex:
    print(type(ex).__name__, ex)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index(a, 7))
try:
    index(a, 3)
except ValueError as ex:
    print(ex)
def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    return a[i - 1] if i else None
def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    return a[i] if i != len(a) else None
print(find_lt(a, 4), find_ge(a, 5), find_lt(a, 1), find_ge(a, 100))
def lis(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([3, 3, 3]))
import math
xs = [i * 0.5 for i in range(10)]
print(bisect.bisect(xs, 2.25), bisect.bisect(xs, math.inf), bisect.bisect_left(xs, -math.inf))
words = sorted("pear apple fig banana kiwi".split())
print(words, bisect.bisect(words, "cherry"))
print(bisect.bisect_left(range(0, 100, 5), 42))
