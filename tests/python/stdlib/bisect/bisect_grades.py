import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError('not found')
a = [1, 3, 3, 5, 8, 13]
print(index(a, 3), index(a, 13))
try:
    index(a, 4)
except ValueError as e:
    print('ValueError:', e)
def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    return a[i - 1] if i else None
def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    return a[i] if i != len(a) else None
print(find_lt(a, 5), find_lt(a, 1), find_ge(a, 6), find_ge(a, 14))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect([1], 0), bisect.bisect([1], 1))
