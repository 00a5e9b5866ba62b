# Heap operations on items that do not compare: the error, and the list left behind (CPython sifts by
# swapping, so the list stays a permutation of its items).
import heapq
h = []
for v in [0, -1, 2.5, 'a', None, 3, 'b', (1,), [2], b'x']:
    try:
        heapq.heappush(h, v)
    except TypeError as e:
        print('push', repr(v), e)
    print(h)
for v in ['z', 0, None]:
    try:
        print(heapq.heappushpop(h, v), h)
    except TypeError as e:
        print('pushpop', repr(v), e, h)
    try:
        print(heapq.heapreplace(h, v), h)
    except TypeError as e:
        print('replace', repr(v), e, h)
    try:
        print(heapq.heappop(h), h)
    except TypeError as e:
        print('pop', e, h)
h2 = [3, 'a', 1, 'b', 2]
try:
    heapq.heapify(h2)
except TypeError as e:
    print('heapify', e, h2)
