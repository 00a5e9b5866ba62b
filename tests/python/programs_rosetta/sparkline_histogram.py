import math
from collections import Counter
BARS = "▁▂▃▄▅▆▇█"

def sparkline(nums):
    lo, hi = min(nums), max(nums)
    span = (hi - lo) or 1
    return "".join(BARS[min(len(BARS) - 1, int((n - lo) / span * len(BARS)))] for n in nums)

for line in ("1 2 3 4 5 6 7 8 7 6 5 4 3 2 1", "1.5, 0.5 3.5, 2.5 5.5, 4.5 7.5, 6.5"):
    nums = [float(x) for x in line.replace(",", " ").split()]
    print(f"min {min(nums)}; max {max(nums)}\n{sparkline(nums)}")

def entropy(s):
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())
print(f"{entropy('1223334444'):.15f}", entropy("aaaa"), round(entropy("Rosetta Code"), 12))
# Benford's law on Fibonacci numbers
def fibs(n):
    a, b = 1, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
first = Counter(str(f)[0] for f in fibs(1000))
print("digit expected  observed")
for d in range(1, 10):
    print(f"{d:5} {math.log10(1 + 1 / d):9.3f} {first[str(d)] / 1000:9.3f}  {'#' * (first[str(d)] // 10)}")
# stem-and-leaf
data = [12, 127, 28, 42, 39, 113, 42, 18, 44, 118, 44, 37, 113, 124, 37, 48, 127, 36, 29, 31, 125, 139, 131, 115]
stems = {}
for x in sorted(data):
    stems.setdefault(x // 10, []).append(x % 10)
for s in range(min(stems), max(stems) + 1):
    print(f"{s:3} | {' '.join(map(str, stems.get(s, [])))}")
