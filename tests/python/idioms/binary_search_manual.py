def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

arr = list(range(0, 100, 3))
for t in [0, 27, 99, 50, 98]:
    print(t, binary_search(arr, t))

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
sorted_list = [1, 3, 3, 3, 7]
print([bisect_left(sorted_list, x) for x in (0, 3, 4, 8)])
ins = []
for v in [5, 1, 4, 1, 9]:
    ins.insert(bisect_left(ins, v), v)
print(ins)
