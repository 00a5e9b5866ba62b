from typing import List
from itertools import combinations, permutations


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        res = [[]]
        for n in nums:
            res += [r + [n] for r in res]
        return res

    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        out = []

        def bt(start, path):
            out.append(path[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue
                path.append(nums[i])
                bt(i + 1, path)
                path.pop()

        bt(0, [])
        return out

    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        out = []

        def bt(i, rem, path):
            if rem == 0:
                out.append(path)
                return
            for j in range(i, len(candidates)):
                if candidates[j] <= rem:
                    bt(j, rem - candidates[j], path + [candidates[j]])

        bt(0, target, [])
        return out

    def permuteUnique(self, nums: List[int]) -> List[List[int]]:
        return sorted(map(list, set(permutations(nums))))

    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        pad = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno",
               "7": "pqrs", "8": "tuv", "9": "wxyz"}
        res = [""]
        for d in digits:
            res = [p + c for p in res for c in pad[d]]
        return res

    def generateParenthesis(self, n: int) -> List[str]:
        out = []

        def bt(s, o, c):
            if len(s) == 2 * n:
                out.append(s)
                return
            if o < n:
                bt(s + "(", o + 1, c)
            if c < o:
                bt(s + ")", o, c + 1)

        bt("", 0, 0)
        return out

    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []
        for perm in permutations(range(n)):
            if len({r + c for r, c in enumerate(perm)}) == n == len({r - c for r, c in enumerate(perm)}):
                out.append(["." * c + "Q" + "." * (n - c - 1) for c in perm])
        return out


s = Solution()
print(s.subsets([1, 2, 3]))
print(s.subsetsWithDup([1, 2, 2]))
print(s.combinationSum([2, 3, 6, 7], 7), s.combinationSum([2, 3, 5], 8))
print(s.permuteUnique([1, 1, 2]))
print(s.letterCombinations("23"), s.letterCombinations(""))
print(s.generateParenthesis(3))
for board in s.solveNQueens(4):
    print("\n".join(board))
    print("--")
print(len(s.solveNQueens(6)), list(combinations("ABCD", 2)))
