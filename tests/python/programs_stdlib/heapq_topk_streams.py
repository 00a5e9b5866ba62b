import heapq, random

random.seed(7)
scores = [(random.randint(0, 100), f"player{i}") for i in range(20)]
print(heapq.nlargest(5, scores))
print(heapq.nsmallest(3, scores, key=lambda s: (s[0], s[1])))
top = []
for s in scores:
    if len(top) < 4:
        heapq.heappush(top, s)
    else:
        heapq.heappushpop(top, s)
print(sorted(top, reverse=True))
streams = [sorted(random.sample(range(100), 5)) for _ in range(3)]
print(streams)
print(list(heapq.merge(*streams)))
def running_median(values):
    low, high = [], []
    out = []
    for v in values:
        if not low or v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]))
events = [(3.5, "c"), (1.0, "a"), (2.25, "b"), (1.0, "a2")]
heapq.heapify(events)
order = []
while events:
    t, name = heapq.heappop(events)
    order.append(f"{t}:{name}")
print(order)
h = list(range(10, 0, -1))
heapq.heapify(h)
print(h, [h[i] <= h[2 * i + 1] for i in range(len(h) // 2)])
print(heapq.heapreplace(h, 100), h[0], len(h))
