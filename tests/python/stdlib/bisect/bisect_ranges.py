import bisect
a = [0, 10, 20, 30, 40, 50]
for lo, hi in [(0, 6), (2, 4), (3, 3), (0, 1), (5, 6)]:
    print(lo, hi, bisect.bisect_left(a, 25, lo, hi), bisect.bisect_right(a, 30, lo, hi))
print(bisect.bisect_left(a, 25, hi=3), bisect.bisect_right(a, 5, lo=2))
print(bisect.bisect_left(a, 25, 0, None), bisect.bisect(a, 100, 0, 6))
b = [5]
bisect.insort(b, 5, 0, 1); bisect.insort_left(b, 1, 0, 0)
print(b)
for bad in [(-1, None), (-5, 2)]:
    try:
        bisect.bisect_left(a, 1, *bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    bisect.insort([1], 2, -1)
except ValueError as e:
    print('ValueError:', e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError as e:
    print('TypeError:', e)
