import heapq
from collections import defaultdict, deque
from typing import List


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        g = defaultdict(list)
        for u, v, w in times:
            g[u].append((v, w))
        dist = {}
        pq = [(0, k)]
        while pq:
            d, u = heapq.heappop(pq)
            if u in dist:
                continue
            dist[u] = d
            for v, w in g[u]:
                if v not in dist:
                    heapq.heappush(pq, (d + w, v))
        return max(dist.values()) if len(dist) == n else -1

    def findCheapestPrice(self, n, flights, src, dst, k):
        cost = [float("inf")] * n
        cost[src] = 0
        for _ in range(k + 1):
            nxt = cost[:]
            for u, v, w in flights:
                if cost[u] + w < nxt[v]:
                    nxt[v] = cost[u] + w
            cost = nxt
        return -1 if cost[dst] == float("inf") else cost[dst]

    def isBipartite(self, graph: List[List[int]]) -> bool:
        color = {}
        for s in range(len(graph)):
            if s in color:
                continue
            color[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in graph[u]:
                    if v not in color:
                        color[v] = color[u] ^ 1
                        q.append(v)
                    elif color[v] == color[u]:
                        return False
        return True

    def criticalConnections(self, n, connections):
        g = defaultdict(list)
        for a, b in connections:
            g[a].append(b)
            g[b].append(a)
        disc, low, out = {}, {}, []
        timer = [0]

        def dfs(u, parent):
            disc[u] = low[u] = timer[0]
            timer[0] += 1
            for v in g[u]:
                if v == parent:
                    continue
                if v not in disc:
                    dfs(v, u)
                    low[u] = min(low[u], low[v])
                    if low[v] > disc[u]:
                        out.append(sorted((u, v)))
                else:
                    low[u] = min(low[u], disc[v])

        dfs(0, -1)
        return sorted(out)

    def shortestPathAllNodes(self, graph: List[List[int]]) -> int:
        n = len(graph)
        full = (1 << n) - 1
        q = deque((i, 1 << i, 0) for i in range(n))
        seen = {(i, 1 << i) for i in range(n)}
        while q:
            u, mask, d = q.popleft()
            if mask == full:
                return d
            for v in graph[u]:
                state = (v, mask | 1 << v)
                if state not in seen:
                    seen.add(state)
                    q.append((v, state[1], d + 1))


s = Solution()
print(s.networkDelayTime([[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2), s.networkDelayTime([[1, 2, 1]], 2, 2))
flights = [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]]
print(s.findCheapestPrice(4, flights, 0, 3, 1), s.findCheapestPrice(4, flights, 0, 3, 2), s.findCheapestPrice(3, [[0, 1, 5]], 0, 2, 1))
print(s.isBipartite([[1, 2, 3], [0, 2], [0, 1, 3], [0, 2]]), s.isBipartite([[1, 3], [0, 2], [1, 3], [0, 2]]))
print(s.criticalConnections(4, [[0, 1], [1, 2], [2, 0], [1, 3]]), s.criticalConnections(6, [[0, 1], [1, 2], [2, 0], [1, 3], [3, 4], [4, 5], [5, 3]]))
print(s.shortestPathAllNodes([[1, 2, 3], [0], [0], [0]]), s.shortestPathAllNodes([[1], [0, 2, 4], [1, 3, 4], [2], [1, 2]]))
