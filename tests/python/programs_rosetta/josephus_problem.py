from collections import deque

def josephus(n, k):
    q = deque(range(n))
    killed = []
    while len(q) > 1:
        q.rotate(-(k - 1))
        killed.append(q.popleft())
    return killed, q[0]

def survivor(n, k):
    s = 0
    for m in range(2, n + 1):
        s = (s + k) % m
    return s

killed, last = josephus(41, 3)
print("order:", killed)
print("survivor:", last, survivor(41, 3))
print([survivor(n, 2) for n in range(1, 17)])
d = deque([1, 2, 3, 4, 5], maxlen=5)
d.append(6); d.appendleft(0); d.rotate(2)
print(d, d.maxlen, d.index(4), d.count(1), list(reversed(d)))
d.extendleft("ab")
print(d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
