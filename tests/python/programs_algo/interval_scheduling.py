def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18]]))
print(merge_intervals([[1, 4], [4, 5]]), merge_intervals([]))
def insert_interval(iv, new):
    return merge_intervals(iv + [new])
print(insert_interval([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]))
def max_non_overlapping(iv):
    count, end = 0, float("-inf")
    chosen = []
    for s, e in sorted(iv, key=lambda p: p[1]):
        if s >= end:
            count += 1
            end = e
            chosen.append((s, e))
    return count, chosen
print(max_non_overlapping([(1, 2), (2, 3), (3, 4), (1, 3)]))
import heapq
def min_rooms(meetings):
    rooms = []
    for s, e in sorted(meetings):
        if rooms and rooms[0] <= s:
            heapq.heapreplace(rooms, e)
        else:
            heapq.heappush(rooms, e)
    return len(rooms)
print(min_rooms([(0, 30), (5, 10), (15, 20)]), min_rooms([(7, 10), (2, 4)]))
events = []
for s, e in [(1, 5), (2, 6), (4, 8), (7, 9)]:
    events += [(s, 1), (e, -1)]
events.sort()
cur = peak = 0
timeline = []
for t, d in events:
    cur += d
    peak = max(peak, cur)
    timeline.append(f"t={t}:{cur}")
print(", ".join(timeline), "peak", peak)
from datetime import time
slots = [(time(9, 0), time(10, 30)), (time(10, 0), time(11, 0)), (time(13, 15), time(14, 0))]
for a, b in slots:
    print(f"{a:%H:%M}-{b:%H:%M}", a.strftime("%I:%M %p"))
def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]
pairs = [(i, j) for i in range(len(slots)) for j in range(i + 1, len(slots)) if overlaps(slots[i], slots[j])]
print(pairs)
def free_time(busy, day=(0, 24)):
    free, cur = [], day[0]
    for s, e in merge_intervals(busy):
        if s > cur:
            free.append((cur, s))
        cur = max(cur, e)
    if cur < day[1]:
        free.append((cur, day[1]))
    return free
print(free_time([[9, 10], [12, 13], [9.5, 11]]))
print(sum(e - s for s, e in free_time([[9, 10], [12, 13]])))
ranges = [range(0, 5), range(3, 8), range(10, 12)]
print([r for r in ranges], [len(r) for r in ranges], range(3, 8)[1:3], 4 in range(0, 5))
print(range(0, 10, 3), list(range(10, 0, -3)), range(5) == range(0, 5, 1), range(0) == range(2, 2))
print(sorted(set(range(0, 5)) & set(range(3, 8))))
