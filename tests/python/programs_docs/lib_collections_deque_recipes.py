# collections.deque: the documented methods and recipes (tail, moving average, round robin, delete_nth).
from collections import deque
import itertools

d = deque('ghi')
for elem in d:
    print(elem.upper())
d.append('j')
d.appendleft('f')
print(d, d.pop(), d.popleft(), list(d), d[0], d[-1])
print(list(reversed(d)), 'h' in d)
d.extend('jkl')
print(d)
d.rotate(1)
print(d)
d.rotate(-1)
print(d)
print(deque(reversed(d)))
d.clear()
try:
    d.pop()
except IndexError as e:
    print('IndexError:', e)
d.extendleft('abc')
print(d)

def tail(lines, n=10):
    return deque(lines, n)
print(tail(['l%d' % i for i in range(20)], 3))

def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque(itertools.islice(it, n-1))
    d.appendleft(0)
    s = sum(d)
    for elem in it:
        s += elem - d.popleft()
        d.append(elem)
        yield s / n
print(list(moving_average([40, 30, 50, 46, 39, 44])))

def roundrobin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        try:
            while True:
                yield next(iterators[0])
                iterators.rotate(-1)
        except StopIteration:
            iterators.popleft()
print(list(roundrobin('ABC', 'D', 'EF')))

def delete_nth(d, n):
    d.rotate(-n)
    d.popleft()
    d.rotate(n)
d = deque(range(8))
delete_nth(d, 3)
print(d)
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d, d.maxlen)
d.appendleft(99)
print(d, d.count(3), d.index(4))
d.insert(1, 'x') if len(d) < 3 else print('full')
try:
    d.insert(1, 'x')
except IndexError as e:
    print('IndexError:', e)
d2 = deque([1, 2, 3, 2])
d2.remove(2)
print(d2, d2 * 2, d2 + deque([9]), d2.copy() == d2)
del d2[0]
print(d2)
