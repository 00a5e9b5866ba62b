import heapq
from collections import deque
maze = """
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#......#E#
##########
""".strip().splitlines()
R, C = len(maze), len(maze[0])
find = lambda ch: next((r, c) for r in range(R) for c in range(C) if maze[r][c] == ch)
S, E = find("S"), find("E")
def neighbors(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and maze[nr][nc] != "#":
            yield nr, nc
def bfs():
    prev = {S: None}
    q = deque([S])
    while q:
        cur = q.popleft()
        if cur == E:
            break
        for nb in neighbors(*cur):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
    path = []
    node = E if E in prev else None
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1]
path = bfs()
print(len(path) - 1 if path else "no path")
drawn = [list(row) for row in maze]
for r, c in path[1:-1]:
    drawn[r][c] = "*"
print("\n".join("".join(row) for row in drawn))
costs = [[1, 3, 1, 2, 9], [7, 3, 4, 9, 9], [1, 7, 5, 5, 3], [2, 3, 4, 2, 5]]
def dijkstra_grid(g):
    rows, cols = len(g), len(g[0])
    dist = {(0, 0): g[0][0]}
    pq = [(g[0][0], 0, 0)]
    while pq:
        d, r, c = heapq.heappop(pq)
        if (r, c) == (rows - 1, cols - 1):
            return d
        if d > dist[(r, c)]:
            continue
        for dr, dc in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols:
                nd = d + g[nr][nc]
                if nd < dist.get((nr, nc), float("inf")):
                    dist[(nr, nc)] = nd
                    heapq.heappush(pq, (nd, nr, nc))
print("min cost:", dijkstra_grid(costs))
def astar(start, goal, walls, size):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    openq = [(h(start), 0, start)]
    g = {start: 0}
    came = {}
    while openq:
        f, cost, cur = heapq.heappop(openq)
        if cur == goal:
            out = [cur]
            while cur in came:
                cur = came[cur]
                out.append(cur)
            return out[::-1]
        x, y = cur
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < size and 0 <= ny < size and (nx, ny) not in walls:
                ng = cost + 1
                if ng < g.get((nx, ny), 1 << 30):
                    g[(nx, ny)] = ng
                    came[(nx, ny)] = cur
                    heapq.heappush(openq, (ng + h((nx, ny)), ng, (nx, ny)))
    return None
walls = {(1, 0), (1, 1), (1, 2), (3, 4), (3, 3), (3, 2)}
route = astar((0, 0), (4, 4), walls, 5)
print(route, len(route) - 1)
print(astar((0, 0), (4, 4), walls | {(0, 1), (1, 3), (1, 4)}, 5))
def bellman_ford(n, edges, src):
    dist = [float("inf")] * n
    dist[src] = 0
    for _ in range(n - 1):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    neg = any(dist[u] + w < dist[v] for u, v, w in edges)
    return dist, neg
print(bellman_ford(5, [(0, 1, 6), (0, 2, 7), (1, 2, 8), (1, 3, 5), (1, 4, -4), (2, 3, -3), (2, 4, 9), (3, 1, -2), (4, 3, 7)], 0))
print(bellman_ford(3, [(0, 1, 1), (1, 2, -1), (2, 1, -1)], 0))
