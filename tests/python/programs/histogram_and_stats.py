values = [2, 4, 4, 4, 5, 5, 7, 9, 12, 13, 13, 13, 13, 18, 21, 21, 25, 30]
n = len(values)
mean = sum(values) / n
var = sum((v - mean) ** 2 for v in values) / (n - 1)
s = sorted(values)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = {}
for v in values:
    counts[v] = counts.get(v, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
print(f"n={n} mean={mean:.3f} median={median} mode={mode} stdev={var ** 0.5:.4f} range={max(values) - min(values)}")
bins = {}
width = 5
for v in values:
    b = v // width * width
    bins[b] = bins.get(b, 0) + 1
for b in range(0, max(values) + 1, width):
    print(f"{b:>3}-{b + width - 1:<3} {'*' * bins.get(b, 0)}")
q1, q3 = s[n // 4], s[3 * n // 4]
print("quartiles", q1, q3, "iqr", q3 - q1)
z = [round((v - mean) / var ** 0.5, 2) for v in values[:5]]
print(z)
