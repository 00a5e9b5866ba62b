from collections import Counter, deque, defaultdict
def two_sum_sorted(a, t):
    i, j = 0, len(a) - 1
    while i < j:
        s = a[i] + a[j]
        if s == t:
            return i, j
        if s < t:
            i += 1
        else:
            j -= 1
    return None
print(two_sum_sorted([1, 2, 4, 7, 11, 15], 15), two_sum_sorted([1, 2], 10))
def two_sum(nums, t):
    seen = {}
    for i, x in enumerate(nums):
        if t - x in seen:
            return [seen[t - x], i]
        seen[x] = i
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if s < 0:
                l += 1
            elif s > 0:
                r -= 1
            else:
                out.append((nums[i], nums[l], nums[r]))
                while l < r and nums[l] == nums[l + 1]:
                    l += 1
                l += 1
                r -= 1
    return out
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]))
def max_window(nums, k):
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(max_window([1, 3, -1, -3, 5, 3, 6, 7], 3))
def min_window(s, t):
    need, missing = Counter(t), len(t)
    start = end = i = 0
    for j, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if not missing:
            while need[s[i]] < 0:
                need[s[i]] += 1
                i += 1
            if not end or j - i < end - start:
                start, end = i, j
            need[s[i]] += 1
            missing += 1
            i += 1
    return s[start:end]
print(repr(min_window("ADOBECODEBANC", "ABC")), repr(min_window("a", "aa")))
def longest_k_distinct(s, k):
    cnt, l, best = defaultdict(int), 0, ""
    for r, ch in enumerate(s):
        cnt[ch] += 1
        while len(cnt) > k:
            cnt[s[l]] -= 1
            if not cnt[s[l]]:
                del cnt[s[l]]
            l += 1
        if r - l + 1 > len(best):
            best = s[l:r + 1]
    return best
print(longest_k_distinct("eceba", 2), longest_k_distinct("aabbcc", 1), longest_k_distinct("abcadcacacaca", 3))
def container(h):
    i, j, best = 0, len(h) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(h[i], h[j]))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best
print(container([1, 8, 6, 2, 5, 4, 8, 3, 7]))
def trap(h):
    l, r, lm, rm, water = 0, len(h) - 1, 0, 0, 0
    while l < r:
        if h[l] < h[r]:
            lm = max(lm, h[l]); water += lm - h[l]; l += 1
        else:
            rm = max(rm, h[r]); water += rm - h[r]; r -= 1
    return water
print(trap([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), trap([]), trap([4, 2, 0, 3, 2, 5]))
def subarray_sum(nums, k):
    prefix, count, s = Counter({0: 1}), 0, 0
    for x in nums:
        s += x
        count += prefix[s - k]
        prefix[s] += 1
    return count
print(subarray_sum([1, 1, 1], 2), subarray_sum([1, 2, 3], 3), subarray_sum([1, -1, 0], 0))
def dedupe_sorted(a):
    if not a:
        return 0
    w = 1
    for r in range(1, len(a)):
        if a[r] != a[w - 1]:
            a[w] = a[r]
            w += 1
    del a[w:]
    return w
arr = [0, 0, 1, 1, 1, 2, 2, 3, 3, 4]
print(dedupe_sorted(arr), arr)
moving = [sum(w) / len(w) for w in (arr[i:i + 3] for i in range(len(arr) - 2))]
print([f"{m:.2f}" for m in moving])
