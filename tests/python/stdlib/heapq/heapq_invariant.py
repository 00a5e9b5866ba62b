import heapq
def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h, is_heap(h))
for v in [5, -1, 11, 3]:
    heapq.heappush(h, v)
    print(h[0], is_heap(h), len(h))
print(heapq.heapreplace(h, 100), h[0], is_heap(h))
print(heapq.heappushpop(h, -5), h[0], is_heap(h))
seq = [(i * 37) % 101 for i in range(50)]
heapq.heapify(seq)
print(is_heap(seq), seq[:5])
out = [heapq.heappop(seq) for _ in range(10)]
print(out, is_heap(seq))
e = []
heapq.heapify(e); print(e)
try:
    heapq.heapify((1, 2))
except TypeError as ex:
    print('TypeError:', ex)
try:
    heapq.heappush([1], 'a')
except TypeError as ex:
    print('TypeError:', ex)
