import heapq
from dataclasses import dataclass, field
from itertools import count
@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    job: str = field(compare=False)
jobs = {"A": (0, 5), "B": (1, 3), "C": (2, 8), "D": (3, 6), "E": (10, 2)}
def simulate(workers):
    seq = count()
    events = [Event(arr, next(seq), "arrive", j) for j, (arr, _) in jobs.items()]
    heapq.heapify(events)
    idle = workers
    waiting = []
    log = []
    finish = {}
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            heapq.heappush(waiting, (jobs[ev.job][1], ev.job))
        else:
            idle += 1
            finish[ev.job] = ev.time
            log.append(f"t={ev.time:>4} done {ev.job}")
        while idle and waiting:
            dur, j = heapq.heappop(waiting)
            idle -= 1
            log.append(f"t={ev.time:>4} start {j} ({dur})")
            heapq.heappush(events, Event(ev.time + dur, next(seq), "finish", j))
    return log, finish
for w in (1, 2):
    log, finish = simulate(w)
    print(f"workers={w}")
    print("\n".join(log))
    turnaround = {j: finish[j] - jobs[j][0] for j in sorted(finish)}
    print(turnaround, "avg", sum(turnaround.values()) / len(turnaround))
def round_robin(bursts, quantum):
    from collections import deque
    q = deque(bursts.items())
    t, timeline = 0, []
    while q:
        name, left = q.popleft()
        run = min(quantum, left)
        timeline.append((t, name, run))
        t += run
        if left > run:
            q.append((name, left - run))
    return timeline, t
tl, total = round_robin({"P1": 5, "P2": 3, "P3": 1}, 2)
print(tl, total)
print("".join(name[-1] * run for _, name, run in tl))
tasks = [(2, "write"), (1, "plan"), (3, "test"), (1, "design")]
heap = []
for i, (pri, name) in enumerate(tasks):
    heapq.heappush(heap, (pri, i, name))
print([heapq.heappop(heap)[2] for _ in range(len(heap))])
top3 = heapq.nlargest(3, jobs.items(), key=lambda kv: kv[1][1])
print(top3, heapq.nsmallest(2, jobs, key=lambda j: jobs[j][0]))
streams = [[1, 4, 9], [2, 3, 10], [5, 6, 7, 8]]
print(list(heapq.merge(*streams)), list(heapq.merge(*[reversed(s) for s in streams], reverse=True))[:4])
