import random

def bubble(a):
    a = a[:]
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
        if not swapped:
            break
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])

def heap_sort(a):
    a = a[:]
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def shell(a):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and a[j - gap] > x:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap = 1 if gap == 2 else int(gap * 5 / 11)
    return a

def radix(a, base=10):
    a = a[:]
    m = max(a, default=0)
    exp = 1
    while m // exp:
        buckets = [[] for _ in range(base)]
        for x in a:
            buckets[x // exp % base].append(x)
        a = [x for b in buckets for x in b]
        exp *= base
    return a

def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def comb_sort(a):
    a = a[:]
    gap, done = len(a), False
    while not done:
        gap = max(1, int(gap / 1.25))
        done = gap == 1
        for i in range(len(a) - gap):
            if a[i] > a[i + gap]:
                a[i], a[i + gap] = a[i + gap], a[i]
                done = False
    return a

def gnome(a):
    a = a[:]
    i = 1
    while i < len(a):
        if i == 0 or a[i - 1] <= a[i]:
            i += 1
        else:
            a[i - 1], a[i] = a[i], a[i - 1]
            i -= 1
    return a

def cocktail(a):
    a = a[:]
    lo, hi = 0, len(a) - 1
    while lo < hi:
        for i in range(lo, hi):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
        hi -= 1
        for i in range(hi, lo, -1):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
        lo += 1
    return a

rng = random.Random(7)
data = [rng.randint(0, 999) for _ in range(40)]
print(data)
expected = sorted(data)
for f in (bubble, merge_sort, quick, heap_sort, shell, radix, counting, comb_sort, gnome, cocktail):
    out = f(data)
    print(f"{f.__name__:12} {out == expected} {out[:6]}")
print(counting([3, -2, 5, -2, 0]), radix([]), gnome([1]), cocktail([]))
