students = [
    ("Ana", [88, 92, 79, 93]),
    ("Ben", [72, 65, 80, 70]),
    ("Chloe", [95, 98, 100, 97]),
    ("Dev", [55, 61, 58, 49]),
    ("Eli", [85, 85, 85, 85]),
]
def letter(avg):
    for threshold, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= threshold:
            return grade
    return "F"
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
report = []
for name, scores in students:
    avg = sum(scores) / len(scores)
    report.append((name, avg, letter(avg), max(scores), min(scores), median(scores)))
report.sort(key=lambda r: r[1], reverse=True)
print(f"{'rank':<5}{'name':<7}{'avg':>7} grade {'best':>5}{'worst':>6}{'median':>7}")
for rank, (name, avg, grade, best, worst, med) in enumerate(report, 1):
    print(f"{rank:<5}{name:<7}{avg:>7.2f} {grade:^5} {best:>5}{worst:>6}{med:>7}")
dist = {}
for r in report:
    dist[r[2]] = dist.get(r[2], 0) + 1
print({g: dist.get(g, 0) for g in "ABCDF"})
all_scores = [s for _, scores in students for s in scores]
mean = sum(all_scores) / len(all_scores)
var = sum((s - mean) ** 2 for s in all_scores) / len(all_scores)
print(f"class mean {mean:.3f}, std dev {var ** 0.5:.3f}")
print("improved:", [n for n, sc in students if sc[-1] > sc[0]])
