# HackerRank 10 Days of Statistics, computed by hand and with the statistics module
import math
import statistics
from collections import Counter

X = [64630, 11735, 14216, 99233, 14470, 4978, 73429, 38120, 51135, 67060]
n = len(X)
mean = sum(X) / n
s = sorted(X)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
mode = min(Counter(X).most_common(), key=lambda kv: (-kv[1], kv[0]))[0]
print(f"{mean:.1f}\n{median:.1f}\n{mode}")
print(statistics.mean(X), statistics.median(X), statistics.mode(X))

W = [1, 2, 3, 4, 5]
V = [6, 7, 8, 9, 10]
print(f"{sum(w * v for w, v in zip(W, V)) / sum(V):.1f}")


def quartiles(data):
    d = sorted(data)
    half = len(d) // 2
    lower, upper = d[:half], d[half + (len(d) % 2):]
    return statistics.median(lower), statistics.median(d), statistics.median(upper)


for data in ([3, 7, 8, 5, 12, 14, 21, 13, 18], [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49]):
    q = quartiles(data)
    print(*map(lambda v: int(v) if v == int(v) else v, q), q[2] - q[0])

Y = [10, 40, 30, 50, 20]
mu = sum(Y) / len(Y)
sd = math.sqrt(sum((y - mu) ** 2 for y in Y) / len(Y))
print(f"{sd:.1f}", round(statistics.pstdev(Y), 1), round(statistics.stdev(Y), 3))


def binom(x, n, p):
    return math.comb(n, x) * p ** x * (1 - p) ** (n - x)


p = 1.09 / (1 + 1.09)
print(f"{sum(binom(i, 6, p) for i in range(3, 7)):.3f}")
print(f"{sum(binom(i, 10, 0.12) for i in range(3)):.3f} {sum(binom(i, 10, 0.12) for i in range(2, 11)):.3f}")
print(f"{(1 - 1 / 3) ** 4 * (1 / 3):.3f}", f"{1 - (1 - 1 / 3) ** 5:.3f}")
lam = 2.5
print(f"{lam ** 5 * math.exp(-lam) / math.factorial(5):.3f}")


def cdf(x, mu, sigma):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))


print(f"{cdf(19.5, 20, 2):.3f}", f"{cdf(22, 20, 2) - cdf(20, 20, 2):.3f}", f"{(1 - cdf(60, 70, 10)) * 100:.2f}")
xs = [95, 85, 80, 70, 60]
ys = [85, 95, 70, 65, 70]
mx, my = statistics.mean(xs), statistics.mean(ys)
cov = sum((a - mx) * (b - my) for a, b in zip(xs, ys))
b = cov / sum((a - mx) ** 2 for a in xs)
print(f"{my - b * mx + b * 80:.3f}", f"{statistics.correlation(xs, ys):.3f}", statistics.linear_regression(xs, ys))
print(statistics.NormalDist(20, 2).cdf(19.5), statistics.NormalDist(0, 1).inv_cdf(0.975))
