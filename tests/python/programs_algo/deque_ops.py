from collections import deque

d = deque(range(10))
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(0)
print(d)
d.rotate(23)
print(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m)
print(m.maxlen)
m.appendleft(99)
print(m)
m.extendleft([7, 8])
print(m)
e = deque("abc")
e.extendleft("xyz")
print(e)
print(e.index("a"), e.index("c", 2), e.index("b", 0, 6))
try:
    e.index("q")
except ValueError as ex:
    print(type(ex).__name__, ex)
e.insert(2, "INS")
print(e)
e.insert(-1, "NEG")
print(e)
e.insert(100, "END")
print(e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as ex:
    print(type(ex).__name__, ex)
print(e.count("a"))
e.remove("INS")
print(e)
try:
    e.remove("nope")
except ValueError as ex:
    print(type(ex).__name__, ex)
e.reverse()
print(e)
print(e.pop(), e.popleft())
print(e[0], e[-1], len(e))
empty = deque()
for op in (empty.pop, empty.popleft):
    try:
        op()
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    e[50]
except IndexError as ex:
    print(type(ex).__name__, ex)
print(deque([1, 2, 3]) == deque([1, 2, 3]), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]))
print(deque([1, 2]) * 3)
dd = deque([1, 2, 3], maxlen=5)
dd *= 2
print(dd)
print(repr(deque([], maxlen=0)))
print(list(reversed(deque("hello"))))
c = dd.copy()
c.append(100)
print(c, dd)
del dd[1]
print(dd)
dd[0] = "first"
print(dd)
print(3 in dd, 42 in dd)
try:
    deque([1], maxlen=-1)
except ValueError as ex:
    print(type(ex).__name__, ex)
win = deque(maxlen=3)
avg = []
for x in [4, 8, 15, 16, 23, 42]:
    win.append(x)
    avg.append(sum(win) / len(win))
print([round(a, 2) for a in avg])
d2 = deque(range(5))
d2.clear()
print(d2, bool(d2))
d3 = deque([1,2,3])
d3.extend(d3)
print(d3)
