class MinHeap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break
    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            l, r, smallest = 2 * i + 1, 2 * i + 2, i
            if l < n and items[l] < items[smallest]:
                smallest = l
            if r < n and items[r] < items[smallest]:
                smallest = r
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n
rng = LCG(42)
events = MinHeap()
seq = 0
for cid in range(8):
    arrival = rng.next(50)
    events.push((arrival, seq, "arrive", cid))
    seq += 1
clock = 0
server_free_at = 0
waits = {}
log = []
while events:
    time, _, kind, cid = events.pop()
    clock = time
    if kind == "arrive":
        start = max(clock, server_free_at)
        service = 3 + rng.next(7)
        server_free_at = start + service
        waits[cid] = start - clock
        events.push((server_free_at, seq, "depart", cid))
        seq += 1
        log.append(f"t={clock:3d} customer {cid} arrives, waits {waits[cid]}, service {service}")
    else:
        log.append(f"t={clock:3d} customer {cid} departs")
print("\n".join(log))
print("average wait: %.2f" % (sum(waits.values()) / len(waits)))
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
