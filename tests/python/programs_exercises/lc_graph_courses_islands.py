from collections import defaultdict, deque
from typing import List


class Solution:
    def canFinish(self, n: int, prereq: List[List[int]]) -> bool:
        return len(self.findOrder(n, prereq)) == n

    def findOrder(self, n: int, prereq: List[List[int]]) -> List[int]:
        graph = defaultdict(list)
        indeg = [0] * n
        for a, b in prereq:
            graph[b].append(a)
            indeg[a] += 1
        q = deque(i for i in range(n) if indeg[i] == 0)
        order = []
        while q:
            u = q.popleft()
            order.append(u)
            for v in graph[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        return order if len(order) == n else []

    def numIslands(self, grid: List[List[str]]) -> int:
        seen = set()
        rows, cols = len(grid), len(grid[0])

        def sink(r, c):
            stack = [(r, c)]
            while stack:
                r, c = stack.pop()
                if (r, c) in seen or not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != "1":
                    continue
                seen.add((r, c))
                stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in seen:
                    sink(r, c)
                    count += 1
        return count

    def orangesRotting(self, grid: List[List[int]]) -> int:
        q = deque((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 2)
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while q and fresh:
            for _ in range(len(q)):
                r, c = q.popleft()
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        q.append((nr, nc))
            minutes += 1
        return -1 if fresh else minutes

    def ladderLength(self, begin: str, end: str, words: List[str]) -> int:
        words = set(words)
        q = deque([(begin, 1)])
        while q:
            w, d = q.popleft()
            if w == end:
                return d
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    nw = w[:i] + ch + w[i + 1:]
                    if nw in words:
                        words.remove(nw)
                        q.append((nw, d + 1))
        return 0


s = Solution()
print(s.canFinish(2, [[1, 0]]), s.canFinish(2, [[1, 0], [0, 1]]))
print(s.findOrder(4, [[1, 0], [2, 0], [3, 1], [3, 2]]), s.findOrder(1, []))
grid = ["11000", "11000", "00100", "00011"]
print(s.numIslands([list(r) for r in grid]))
print(s.orangesRotting([[2, 1, 1], [1, 1, 0], [0, 1, 1]]), s.orangesRotting([[2, 1, 1], [0, 1, 1], [1, 0, 1]]), s.orangesRotting([[0, 2]]))
print(s.ladderLength("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]))
print(s.ladderLength("hit", "cog", ["hot", "dot", "dog", "lot", "log"]))
g = defaultdict(set)
g["a"].add("b")
g["b"]
print(g, dict(g), sorted(g))
print(defaultdict(list, {"x": [1]}), defaultdict(int), defaultdict(lambda: 0).default_factory is not None)
