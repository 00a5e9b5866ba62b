# Read numbers from a file, skipping bad lines with messages, and write summary files.
import math
import os
import statistics
import tempfile

RAW = """\
# measurements
12.5
13.0
  14.25
not-a-number
15
1e2

-3.5
inf
7,5
"""

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "data.txt")
    with open(src, "w") as f:
        f.write(RAW)
    values = []
    with open(src) as f:
        for lineno, line in enumerate(f, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            try:
                v = float(text)
            except ValueError as e:
                print(f"line {lineno}: {e}")
                continue
            if math.isinf(v):
                print(f"line {lineno}: skipping infinite value {v}")
                continue
            values.append(v)
    print(values)
    summary = {
        "count": len(values), "sum": sum(values), "mean": statistics.mean(values),
        "median": statistics.median(values), "stdev": statistics.stdev(values),
        "min": min(values), "max": max(values),
    }
    out = os.path.join(tmp, "summary.txt")
    with open(out, "w") as f:
        for k, v in summary.items():
            f.write(f"{k:>6}: {v:10.4f}\n")
    print(open(out).read(), end="")
    with open(os.path.join(tmp, "sorted.txt"), "w") as f:
        f.writelines(f"{v:g}\n" for v in sorted(values))
    with open(os.path.join(tmp, "sorted.txt")) as f:
        print(f.read().split())
    for bad in ["", "1_000", " 0x1F ", "١٢", "1e-400", "-0.0"]:
        try:
            print(repr(bad), float(bad))
        except ValueError as e:
            print(repr(bad), type(e).__name__, e)
    try:
        int("12.5")
    except ValueError as e:
        print(type(e).__name__, e)
