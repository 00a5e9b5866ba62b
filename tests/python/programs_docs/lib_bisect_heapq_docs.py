# bisect (grades, searching sorted lists, key=) and heapq (heapsort, priority queue, nlargest, merge).
import bisect
from bisect import bisect_left, bisect_right, insort
import heapq
import itertools

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError
def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i-1]
    raise ValueError
def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError
a = [1, 2, 4, 4, 8]
print(index(a, 4), find_lt(a, 4), find_ge(a, 5), bisect_left(a, 4), bisect_right(a, 4), bisect_left(a, 4, 3), bisect_right(a, 4, 0, 2))
from collections import namedtuple
from operator import attrgetter
Movie = namedtuple('Movie', ('name', 'released', 'director'))
movies = [
    Movie('Jaws', 1975, 'Spielberg'),
    Movie('Titanic', 1997, 'Cameron'),
    Movie('The Birds', 1963, 'Hitchcock'),
    Movie('Aliens', 1986, 'Cameron')
]
by_year = attrgetter('released')
movies.sort(key=by_year)
print(movies[bisect_left(movies, 1960, key=by_year)])
insort(movies, Movie('Love Actually', 2003, 'Curtis'), key=by_year)
print([m.name for m in movies])
try:
    bisect_left([1], 1, lo=-1)
except ValueError as e:
    print('ValueError:', e)

def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for i in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
h = []
heapq.heappush(h, (5, 'write code'))
heapq.heappush(h, (7, 'release product'))
heapq.heappush(h, (1, 'write spec'))
heapq.heappush(h, (3, 'create tests'))
print(heapq.heappop(h), h[0], heapq.heappushpop(h, (2, 'x')), heapq.heapreplace(h, (9, 'y')), h)
pq = []
entry_finder = {}
REMOVED = '<removed-task>'
counter = itertools.count()
def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)
def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED
def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError('pop from an empty priority queue')
for t, p in [('a', 5), ('b', 1), ('c', 3), ('a', 0)]:
    add_task(t, p)
remove_task('c')
print(pop_task(), pop_task())
try:
    pop_task()
except KeyError as e:
    print('KeyError:', e)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
x = [9, 5, 7, 1]
heapq._heapify_max(x)
print(x[0])
