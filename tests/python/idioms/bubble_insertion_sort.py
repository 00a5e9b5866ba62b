def bubble_sort(items):
    a = list(items)
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps

def insertion_sort(items):
    a = list(items)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

data = [64, 34, 25, 12, 22, 11, 90, 5]
print(bubble_sort(data))
print(insertion_sort(data))
print(insertion_sort(["pear", "apple", "fig"]))
print(bubble_sort([]), insertion_sort([1]))
print(data)
