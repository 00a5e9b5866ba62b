import heapq
from collections import deque

HILL = """Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi"""

rows = HILL.splitlines()
H, W = len(rows), len(rows[0])
start = end = None
height = {}
for r, row in enumerate(rows):
    for c, ch in enumerate(row):
        if ch == "S":
            start, ch = (r, c), "a"
        elif ch == "E":
            end, ch = (r, c), "z"
        height[r, c] = ord(ch) - ord("a")


def bfs(sources):
    dist = {s: 0 for s in sources}
    q = deque(sources)
    while q:
        r, c = q.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (nr, nc) in height and (nr, nc) not in dist and height[nr, nc] <= height[r, c] + 1:
                dist[nr, nc] = dist[r, c] + 1
                q.append((nr, nc))
    return dist


print(start, end, bfs([start])[end], bfs([p for p, h in height.items() if h == 0])[end])

RISK = """1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581"""
risk = [list(map(int, line)) for line in RISK.splitlines()]


def dijkstra(grid):
    n, m = len(grid), len(grid[0])
    best = {(0, 0): 0}
    pq = [(0, 0, 0)]
    while pq:
        d, r, c = heapq.heappop(pq)
        if (r, c) == (n - 1, m - 1):
            return d
        if d > best[r, c]:
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nd = d + grid[nr][nc]
                if nd < best.get((nr, nc), float("inf")):
                    best[nr, nc] = nd
                    heapq.heappush(pq, (nd, nr, nc))


big = [[(risk[r % 10][c % 10] + r // 10 + c // 10 - 1) % 9 + 1 for c in range(50)] for r in range(50)]
print(dijkstra(risk), dijkstra(big))
print(big[0][:12], big[49][-5:])
