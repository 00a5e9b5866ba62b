from datetime import datetime, timedelta
from statistics import mean, median, pstdev
from itertools import groupby, pairwise, islice
from collections import deque
import math

start = datetime(2024, 6, 1, 0, 0)
readings = []
vals = [20.1, 20.4, 21.0, None, 22.3, 23.8, 25.1, 24.9, float("nan"), 23.0, 21.7, 99.9, 20.5, 20.2, 19.8, 19.9]
for i, v in enumerate(vals):
    readings.append((start + timedelta(minutes=15 * i), v))
clean = [(t, v) for t, v in readings if v is not None and not math.isnan(v)]
print(len(readings), len(clean))
vs = [v for _, v in clean]
m, sd = mean(vs), pstdev(vs)
print(f"mean={m:.3f} median={median(vs)} sd={sd:.3f}")
outliers = [(t.strftime("%H:%M"), v) for t, v in clean if abs(v - m) > 2 * sd]
print("outliers", outliers)
clean = [(t, v) for t, v in clean if abs(v - m) <= 2 * sd]
for hour, grp in groupby(clean, key=lambda tv: tv[0].replace(minute=0)):
    g = [v for _, v in grp]
    print(f"{hour:%Y-%m-%d %H}h n={len(g)} avg={mean(g):6.2f} min={min(g)} max={max(g)}")
for (t1, v1), (t2, v2) in pairwise(clean):
    rate = (v2 - v1) / ((t2 - t1).total_seconds() / 3600)
    if abs(rate) > 3:
        print(f"fast change {t1:%H:%M}->{t2:%H:%M}: {rate:+.2f}/h gap={t2 - t1}")
win = deque(maxlen=4)
smooth = []
for t, v in clean:
    win.append(v)
    smooth.append(round(sum(win) / len(win), 2))
print(smooth)
gaps = [(a[0], b[0] - a[0]) for a, b in pairwise(clean) if b[0] - a[0] > timedelta(minutes=15)]
print([(t.isoformat(timespec="minutes"), str(g)) for t, g in gaps])
print(list(islice(((t.time().isoformat(), v) for t, v in clean), 3)))
print(max(clean, key=lambda tv: tv[1])[0].strftime("%I:%M %p"), min(vs), round(math.fsum(vs), 6))
nan = float("nan")
print(nan == nan, nan is nan, math.isnan(nan), max(1, nan), max(nan, 1), sorted([2, nan, 1])[0:0], [nan].count(nan), nan in [nan])
print(round(-0.5), round(0.5), round(1.5), f"{-0.0:.1f}", -0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), abs(-0.0))
print(median([]))
