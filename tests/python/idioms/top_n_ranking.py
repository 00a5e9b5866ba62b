scores = {"ann": 82, "bob": 95, "cy": 82, "dee": 67, "ed": 95, "flo": 74}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:3])
rank = 0
prev = None
for i, (name, s) in enumerate(ranked, 1):
    if s != prev:
        rank = i
        prev = s
    print(f"#{rank} {name:<4} {s}")
print(sorted(scores.values(), reverse=True)[:2])
counts = {}
for s in scores.values():
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0])))
print(max(scores, key=lambda n: (scores[n], n)))
