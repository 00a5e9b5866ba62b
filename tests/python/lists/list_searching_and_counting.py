data = [4, 8, 15, 16, 23, 42, 8, 15]
print(data.index(15), data.index(15, 3), data.count(8), 42 in data, 7 not in data)
print(max(data), min(data), sum(data), len(data), sorted(set(data)))
def linear_search(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
s = sorted(data)
print(linear_search(data, 23), linear_search(data, 99), binary_search(s, 23), binary_search(s, 5))
print([i for i, x in enumerate(data) if x == 15], data[::-1].index(8))
