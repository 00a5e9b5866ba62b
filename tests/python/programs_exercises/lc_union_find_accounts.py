from typing import List
from collections import defaultdict


class DSU:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        self.count -= 1
        return True

    def __repr__(self):
        return f"DSU(count={self.count}, parent={self.parent})"


class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        dsu = DSU(len(accounts))
        owner = {}
        for i, (_, *emails) in enumerate(accounts):
            for e in emails:
                if e in owner:
                    dsu.union(i, owner[e])
                owner.setdefault(e, i)
        groups = defaultdict(set)
        for e, i in owner.items():
            groups[dsu.find(i)].add(e)
        return sorted([accounts[i][0]] + sorted(es) for i, es in groups.items())

    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        dsu = DSU(len(edges) + 1)
        for a, b in edges:
            if not dsu.union(a, b):
                return [a, b]
        return []

    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        dsu = DSU(n)
        for a, b in edges:
            dsu.union(a, b)
        return dsu.count

    def equationsPossible(self, equations: List[str]) -> bool:
        dsu = DSU(26)
        for e in equations:
            if e[1] == "=":
                dsu.union(ord(e[0]) - 97, ord(e[3]) - 97)
        return all(dsu.find(ord(e[0]) - 97) != dsu.find(ord(e[3]) - 97) for e in equations if e[1] == "!")

    def longestConsecutive(self, nums: List[int]) -> int:
        s = set(nums)
        best = 0
        for n in s:
            if n - 1 not in s:
                m = n
                while m + 1 in s:
                    m += 1
                best = max(best, m - n + 1)
        return best


s = Solution()
accts = [["John", "johnsmith@mail.com", "john_newyork@mail.com"], ["John", "johnsmith@mail.com", "john00@mail.com"],
         ["Mary", "mary@mail.com"], ["John", "johnnybravo@mail.com"]]
for row in s.accountsMerge(accts):
    print(row)
print(s.findRedundantConnection([[1, 2], [1, 3], [2, 3]]), s.findRedundantConnection([[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]]))
print(s.countComponents(5, [[0, 1], [1, 2], [3, 4]]), s.countComponents(5, []))
print(s.equationsPossible(["a==b", "b!=a"]), s.equationsPossible(["a==b", "b==c", "a==c"]), s.equationsPossible(["c==c", "b==d", "x!=z"]))
print(s.longestConsecutive([100, 4, 200, 1, 3, 2]), s.longestConsecutive([0, 3, 7, 2, 5, 8, 4, 6, 0, 1]))
d = DSU(6)
for a, b in [(0, 1), (2, 3), (1, 3), (4, 5)]:
    d.union(a, b)
print(d, [d.find(i) for i in range(6)])
