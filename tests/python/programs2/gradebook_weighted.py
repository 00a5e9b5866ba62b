WEIGHTS = {"homework": 0.25, "quizzes": 0.15, "midterm": 0.25, "final": 0.35}

students = {
    "Alice": {"homework": [95, 88, 100, 92], "quizzes": [80, 85], "midterm": [88], "final": [91]},
    "Bruno": {"homework": [70, 65, 0, 80], "quizzes": [60, 75], "midterm": [72], "final": [68]},
    "Chen": {"homework": [100, 100, 98, 99], "quizzes": [95, 100], "midterm": [97], "final": [99]},
    "Dara": {"homework": [85, 90, 78], "quizzes": [], "midterm": [81], "final": [79]},
}

def average(xs):
    return sum(xs) / len(xs) if xs else 0.0

def drop_lowest(xs):
    return sorted(xs)[1:] if len(xs) > 2 else xs

def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

report = []
for name, parts in students.items():
    hw = average(drop_lowest(parts["homework"]))
    comps = {"homework": hw}
    for part in ("quizzes", "midterm", "final"):
        comps[part] = average(parts[part])
    final = sum(WEIGHTS[k] * v for k, v in comps.items())
    report.append((name, comps, final))

header = f"{'Student':<8}" + "".join(f"{k[:4]:>7}" for k in WEIGHTS) + f"{'Score':>8}{'Grade':>6}"
print(header)
print("-" * len(header))
for name, comps, final in sorted(report, key=lambda r: -r[2]):
    print(f"{name:<8}" + "".join(f"{comps[k]:>7.1f}" for k in WEIGHTS) + f"{final:>8.2f}{letter(final):>6}")

scores = [r[2] for r in report]
mean = average(scores)
var = average([(s - mean) ** 2 for s in scores])
print(f"class mean {mean:.2f}, std dev {var ** 0.5:.2f}")
dist = {}
for _, _, s in report:
    dist[letter(s)] = dist.get(letter(s), 0) + 1
print("distribution:", dict(sorted(dist.items())))
