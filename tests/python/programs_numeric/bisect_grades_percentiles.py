# Score bucketing with bisect, percentiles by nearest-rank and interpolation, histograms.
import bisect, random, statistics, math
rng = random.Random(77)
scores = [round(rng.gauss(72, 12), 1) for _ in range(40)]
print(scores)
def grade(s, cuts=(60, 70, 80, 90), letters='FDCBA'):
    return letters[bisect.bisect(cuts, s)]
print(''.join(grade(s) for s in scores), {g: sum(1 for s in scores if grade(s) == g) for g in 'ABCDF'})
srt = sorted(scores)
def nearest_rank(data, p):
    k = max(1, math.ceil(p / 100 * len(data)))
    return data[k - 1]
def interp(data, p):
    pos = (len(data) - 1) * p / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)
for p in (10, 25, 50, 75, 90, 99):
    print(p, nearest_rank(srt, p), round(interp(srt, p), 4))
print(statistics.quantiles(scores, n=4), statistics.quantiles(scores, n=4, method='inclusive'), statistics.median(scores))
bins = list(range(30, 111, 10))
counts = [0] * (len(bins) + 1)
for s in scores:
    counts[bisect.bisect_right(bins, s)] += 1
for lo, c in zip([None] + bins, counts):
    label = f"<{bins[0]}" if lo is None else f">={lo}"
    print(f"{label:>5} {'*' * c} {c}")
print(bisect.bisect_left(srt, 72.0), bisect.bisect_right(srt, 72.0), bisect.insort(srt, 72.0) or len(srt))
print(statistics.mean(scores), statistics.stdev(scores), statistics.mode([grade(s) for s in scores]))
