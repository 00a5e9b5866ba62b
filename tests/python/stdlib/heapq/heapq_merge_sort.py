import heapq
def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
print(heapsort(['pear', 'apple', 'fig']))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [3], [])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(['b', 'd'], ['a', 'c', 'e'])))
print(list(heapq.merge([(1, 'x'), (3, 'y')], [(1, 'a'), (2, 'b')])))
print(list(heapq.merge([1, 1, 2], [1, 2, 2])))
print(list(heapq.merge(['apple', 'fig'], ['kiwi', 'banana'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], [7], reverse=True)))
gen = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(gen), next(gen), list(gen))
