import threading
from collections import deque
d = deque()
def work():
    for i in range(10000):
        d.append(i)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d))
d2 = deque(range(10), maxlen=5); print(d2, d2.maxlen)
d2.extend(range(100, 103)); print(d2); d2 *= 2; print(d2)
print(deque('abc') == deque('abc'), deque([1, 2]) != deque([1]), bool(deque()), deque().maxlen)
