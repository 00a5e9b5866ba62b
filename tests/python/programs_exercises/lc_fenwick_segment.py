from typing import List


class Fenwick:
    def __init__(self, n: int):
        self.n = n
        self.tree = [0] * (n + 1)

    def add(self, i: int, delta: int) -> None:
        i += 1
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i

    def prefix(self, i: int) -> int:
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s


class NumArray:
    def __init__(self, nums: List[int]):
        self.nums = nums[:]
        self.fw = Fenwick(len(nums))
        for i, v in enumerate(nums):
            self.fw.add(i, v)

    def update(self, index: int, val: int) -> None:
        self.fw.add(index, val - self.nums[index])
        self.nums[index] = val

    def sumRange(self, left: int, right: int) -> int:
        return self.fw.prefix(right + 1) - self.fw.prefix(left)


class SegTree:
    def __init__(self, data, fn=min, ident=float("inf")):
        self.n = 1
        while self.n < len(data):
            self.n *= 2
        self.fn, self.ident = fn, ident
        self.t = [ident] * (2 * self.n)
        self.t[self.n:self.n + len(data)] = data
        for i in range(self.n - 1, 0, -1):
            self.t[i] = fn(self.t[2 * i], self.t[2 * i + 1])

    def query(self, lo, hi):
        res = self.ident
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                res = self.fn(res, self.t[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res = self.fn(res, self.t[hi])
            lo //= 2
            hi //= 2
        return res


class Solution:
    def countSmaller(self, nums: List[int]) -> List[int]:
        ranks = {v: i for i, v in enumerate(sorted(set(nums)))}
        fw = Fenwick(len(ranks))
        out = []
        for v in reversed(nums):
            out.append(fw.prefix(ranks[v]))
            fw.add(ranks[v], 1)
        return out[::-1]

    def reversePairs(self, nums: List[int]) -> int:
        def sort(lo, hi):
            if hi - lo <= 1:
                return 0
            mid = (lo + hi) // 2
            cnt = sort(lo, mid) + sort(mid, hi)
            j = mid
            for i in range(lo, mid):
                while j < hi and nums[i] > 2 * nums[j]:
                    j += 1
                cnt += j - mid
            nums[lo:hi] = sorted(nums[lo:hi])
            return cnt

        return sort(0, len(nums))


na = NumArray([1, 3, 5])
print(na.sumRange(0, 2))
na.update(1, 2)
print(na.sumRange(0, 2), na.nums, na.fw.tree)
st = SegTree([5, 2, 8, 1, 9, 3])
print([st.query(a, b) for a, b in ((0, 6), (0, 2), (2, 4), (4, 6), (3, 3))])
sm = SegTree([5, 2, 8, 1, 9, 3], fn=lambda a, b: a + b, ident=0)
print(sm.t, sm.query(1, 5))
s = Solution()
print(s.countSmaller([5, 2, 6, 1]), s.countSmaller([-1, -1]), s.reversePairs([1, 3, 2, 3, 1]), s.reversePairs([2, 4, 3, 5, 1]))
print(-6 & 6, 12 & -12, [i & -i for i in range(1, 17)])
