from collections import deque
d = deque([1,2,3], maxlen=3)
d.append(4); print(d); d.appendleft(0); print(d)
d.rotate(1); print(d, d[0], d[-1], len(d), 2 in d)
d = deque('abcde'); d.rotate(-2); print(d); d.extendleft('xy'); print(d)
print(d.pop(), d.popleft(), d.index('c'), d.count('a'))
d.insert(1, 'Z'); d.remove('a'); del d[0]; d.reverse(); print(d, d.copy() == d, d == list(d))
for f in [lambda: deque().pop(), lambda: d.index('q'), lambda: d['x'], lambda: d+[1]]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
it = iter(d); next(it); d.append(1)
try: next(it)
except RuntimeError as e: print(e)
print(deque([1,2])*2, deque([1]) + deque([2]), list(reversed(deque([1,2,3]))), deque(range(3)) < deque([0,5]))
