from collections import Counter, defaultdict
from typing import List


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if last.get(ch, -1) >= start:
                start = last[ch] + 1
            last[ch] = i
            best = max(best, i - start + 1)
        return best

    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        i = lo = hi = 0
        for j, ch in enumerate(s, 1):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if not missing:
                while need[s[i]] < 0:
                    need[s[i]] += 1
                    i += 1
                if not hi or j - i < hi - lo:
                    lo, hi = i, j
                need[s[i]] += 1
                missing += 1
                i += 1
        return s[lo:hi]

    def findAnagrams(self, s: str, p: str) -> List[int]:
        k = len(p)
        want = Counter(p)
        win = Counter(s[:k - 1])
        out = []
        for i in range(k - 1, len(s)):
            win[s[i]] += 1
            if win == want:
                out.append(i - k + 1)
            win[s[i - k + 1]] -= 1
            if win[s[i - k + 1]] == 0:
                del win[s[i - k + 1]]
        return out

    def characterReplacement(self, s: str, k: int) -> int:
        count = defaultdict(int)
        left = top = 0
        for right, ch in enumerate(s):
            count[ch] += 1
            top = max(top, count[ch])
            if right - left + 1 - top > k:
                count[s[left]] -= 1
                left += 1
        return len(s) - left

    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        from collections import deque
        dq, out = deque(), []
        for i, n in enumerate(nums):
            while dq and nums[dq[-1]] <= n:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                out.append(nums[dq[0]])
        return out


s = Solution()
for text in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf"]:
    print(repr(text), s.lengthOfLongestSubstring(text))
print(s.minWindow("ADOBECODEBANC", "ABC"), repr(s.minWindow("a", "aa")))
print(s.findAnagrams("cbaebabacd", "abc"), s.findAnagrams("abab", "ab"))
print(s.characterReplacement("AABABBA", 1), s.characterReplacement("ABAB", 2))
print(s.maxSlidingWindow([1, 3, -1, -3, 5, 3, 6, 7], 3))
c = Counter("abracadabra")
print(c, c.most_common(2))
print(sorted(c.elements())[:6], c.total())
