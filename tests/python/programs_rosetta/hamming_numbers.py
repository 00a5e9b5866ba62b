import heapq
from itertools import islice

def hamming():
    h = [1]
    seen = {1}
    while True:
        x = heapq.heappop(h)
        yield x
        for f in (2, 3, 5):
            y = x * f
            if y not in seen:
                seen.add(y)
                heapq.heappush(h, y)

def hamming_dp(n):
    h = [1] * n
    i = j = k = 0
    x2, x3, x5 = 2, 3, 5
    for m in range(1, n):
        h[m] = min(x2, x3, x5)
        if h[m] == x2: i += 1; x2 = 2 * h[i]
        if h[m] == x3: j += 1; x3 = 3 * h[j]
        if h[m] == x5: k += 1; x5 = 5 * h[k]
    return h

print(list(islice(hamming(), 20)))
print(next(islice(hamming(), 1690, None)))
dp = hamming_dp(100000)
print(dp[1690], dp[-1])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.nsmallest(3, [5, 1, 8, 2]), heapq.nlargest(2, "hello"))
