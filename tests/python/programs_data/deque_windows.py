from collections import deque

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.appendleft(0)
d.extendleft([-2, -1])
print(d, len(d))
print(d.popleft(), d.pop(), d)
print(d.index(3), d.count(1), 3 in d)
d.insert(2, 99)
d.remove(99)
print(d, d[0], d[-1])
d.reverse()
print(d)
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent), recent.maxlen)
print(recent)
print(deque("abc", maxlen=5), deque(maxlen=0))
def moving_average(seq, n=3):
    it = iter(seq)
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield sum(win) / n
print([round(v, 2) for v in moving_average([40, 30, 50, 46, 39, 44])])
def tail(lines, n):
    return deque(lines, n)
print(tail("a b c d e f".split(), 2))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(type(e).__name__, e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 3)
except IndexError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
q = deque([3, 1, 2])
q.extend(q)
print(q, q.copy(), sorted(q))
q.clear()
print(q, bool(q))
try:
    d.index(1000)
except ValueError as e:
    print(type(e).__name__, e)
x = deque(range(10))
del x[3]
x[0] = "z"
print(x)
print(deque(range(3)) [::-1] if False else list(reversed(deque(range(3)))))
deque(range(3))[1:2]
