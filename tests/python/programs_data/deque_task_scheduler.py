from collections import deque, namedtuple
from itertools import count

Task = namedtuple("Task", "name steps")
queue = deque([Task("download", 3), Task("parse", 2), Task("index", 4), Task("report", 1)])
clock = count(1)
log = deque(maxlen=5)
while queue:
    task = queue.popleft()
    t = next(clock)
    log.append(f"t{t}:{task.name}")
    if task.steps > 1:
        queue.append(task._replace(steps=task.steps - 1))
    print(f"t={t:<3}{task.name:<9} left={task.steps - 1} queue={[x.name for x in queue]}")
print(list(log), log.maxlen)
ring = deque(range(1, 8))
out = []
while ring:
    ring.rotate(-2)
    out.append(ring.pop())
print("josephus", out)
d = deque("abcdef")
d.rotate(2); print("".join(d)); d.rotate(-3); print("".join(d))
print(d[2], d[-1], d.index("c"), d.count("a"), repr(deque([1, 2], maxlen=3)))
window = deque(maxlen=3)
for x in [5, 1, 4, 2, 8, 7]:
    window.append(x)
    print(x, list(window), max(window), sum(window) / len(window))
deque([1]).index(9)
