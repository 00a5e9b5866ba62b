import random
from collections import deque, Counter
random.seed(7)
tellers = 2
queue = deque()
served, waits = 0, []
busy = [0] * tellers
log = []
for minute in range(30):
    arrivals = random.choices([0, 1, 2, 3], weights=[3, 4, 2, 1])[0]
    for k in range(arrivals):
        queue.append((minute, f"c{minute}-{k}"))
    for t in range(tellers):
        if busy[t] > 0:
            busy[t] -= 1
        if busy[t] == 0 and queue:
            arrived, name = queue.popleft()
            waits.append(minute - arrived)
            busy[t] = random.randint(1, 4)
            served += 1
            if minute % 5 == 0:
                log.append(f"m{minute:02d} teller{t} <- {name} (waited {minute - arrived})")
    if minute % 10 == 9:
        print(f"minute {minute}: queue={len(queue)} served={served} busy={busy}")
print("\n".join(log))
print("served", served, "left", len(queue), "max wait", max(waits), "avg", round(sum(waits) / len(waits), 3))
print(Counter(waits).most_common(3), sorted(Counter(waits).items()))
history = deque(maxlen=5)
for w in waits:
    history.append(w)
print(list(history), history.maxlen, len(history))
def palindrome(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print([palindrome(s) for s in ["Was it a car or a cat I saw?", "deque", "", "Aa"]])
def josephus(n, k):
    circle = deque(range(1, n + 1))
    order = []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
def sliding_max(a, k):
    dq, out = deque(), []
    for i, x in enumerate(a):
        while dq and a[dq[-1]] < x:
            dq.pop()
        dq.append(i)
        if dq[0] == i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(a[dq[0]])
    return out
print(sliding_max([random.randint(0, 9) for _ in range(12)], 4))
tail = deque(open(__file__).read().splitlines(), maxlen=2)
print(tail)
