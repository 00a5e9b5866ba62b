import heapq
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
import itertools
counter = itertools.count()
pq = []
for name, prio in [('a', 2), ('b', 1), ('c', 2), ('d', 1)]:
    heapq.heappush(pq, [prio, next(counter), name])
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
h = []
try:
    heapq.heappop(h)
except IndexError as e:
    print('IndexError:', e)
try:
    heapq.heapreplace(h, 1)
except IndexError as e:
    print('IndexError:', e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 5), heapq.heappushpop([10], 5))
