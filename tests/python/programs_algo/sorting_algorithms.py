import random
def bubble(a):
    a = a[:]
    swaps = 0
    for i in range(len(a)):
        done = True
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                done = False
        if done:
            break
    return a, swaps
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    import heapq
    h = a[:]
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
def radix(a):
    out = a[:]
    exp = 1
    while out and max(out) // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in out:
            buckets[(x // exp) % 10].append(x)
        out = [x for b in buckets for x in b]
        exp *= 10
    return out
def shell(a):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            t, j = a[i], i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]
                j -= gap
            a[j] = t
        gap //= 2
    return a
random.seed(2024)
data = [random.randint(0, 99) for _ in range(20)]
print(data)
expected = sorted(data)
for fn in (insertion, selection, merge_sort, quick, heap_sort, counting, radix, shell):
    res = fn(data)
    print(f"{fn.__name__:<10} {res == expected} {res[:6]}")
print(bubble(data)[1], bubble(expected)[1], bubble([])[0])
print(quick(["pear", "apple", "fig"]), merge_sort([3.5, -1, 2, 2.0]), insertion(list("python")))
def inversions(a):
    if len(a) < 2:
        return a, 0
    m = len(a) // 2
    l, x = inversions(a[:m])
    r, y = inversions(a[m:])
    out, i, j, inv = [], 0, 0, x + y
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1; inv += len(l) - i
    return out + l[i:] + r[j:], inv
print(inversions([2, 4, 1, 3, 5])[1], inversions(data)[1], inversions(list(range(10, 0, -1)))[1])
def quickselect(a, k):
    p = a[0]
    lo = [x for x in a if x < p]
    eq = [x for x in a if x == p]
    hi = [x for x in a if x > p]
    if k < len(lo):
        return quickselect(lo, k)
    if k < len(lo) + len(eq):
        return p
    return quickselect(hi, k - len(lo) - len(eq))
print([quickselect(data, k) for k in (0, 5, 10, 19)] == [expected[k] for k in (0, 5, 10, 19)])
