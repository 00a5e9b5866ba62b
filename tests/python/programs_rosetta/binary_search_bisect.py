import bisect
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        elif a[mid] > x:
            hi = mid - 1
        else:
            return mid, steps
    return -(lo + 1), steps
a = list(range(0, 100, 3))
for x in (0, 27, 28, 99, -5, 150):
    print(x, bsearch(a, x), bisect.bisect_left(a, x), bisect.bisect_right(a, x))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b, bisect.bisect_left(b, 1), bisect.bisect_right(b, 1))
recs = [("ann", 31), ("bob", 25), ("cy", 40)]
recs.sort(key=lambda r: r[1])
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), recs)
def lis(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)
print(lis([3, 2, 6, 4, 5, 1]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))
