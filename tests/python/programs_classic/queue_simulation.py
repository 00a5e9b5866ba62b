import random
from collections import deque


class Customer:
    _next = 1

    def __init__(self, arrival, service):
        self.id = Customer._next
        Customer._next += 1
        self.arrival = arrival
        self.service = service

    def __repr__(self):
        return f"C{self.id}(t={self.arrival}, s={self.service})"


def simulate(minutes, tellers, seed, arrival_prob=0.45):
    rng = random.Random(seed)
    queue = deque()
    busy = [0] * tellers
    waits = []
    served = 0
    max_len = 0
    for t in range(minutes):
        if rng.random() < arrival_prob:
            queue.append(Customer(t, rng.randint(1, 5)))
        for i in range(tellers):
            if busy[i] > 0:
                busy[i] -= 1
            if busy[i] == 0 and queue:
                c = queue.popleft()
                waits.append(t - c.arrival)
                busy[i] = c.service
                served += 1
        max_len = max(max_len, len(queue))
    avg = sum(waits) / len(waits) if waits else 0
    return served, len(queue), avg, max(waits, default=0), max_len


print(f"{'tellers':>7} {'seed':>4} {'served':>6} {'left':>4} {'avg wait':>8} {'max wait':>8} {'max q':>5}")
for tellers in (1, 2, 3):
    for seed in (1, 2):
        Customer._next = 1
        served, left, avg, worst, qmax = simulate(120, tellers, seed)
        print(f"{tellers:>7} {seed:>4} {served:>6} {left:>4} {avg:>8.2f} {worst:>8} {qmax:>5}")
rng = random.Random(99)
q = deque(Customer(i, rng.randint(1, 3)) for i in range(5))
print(q)
q.rotate(1)
print(q[0], q[-1], len(q))
print(list(q)[1:3], q.count(q[0]))
