VOTES = """district,candidate,votes
D1,Adams,1520
D1,Baker,1388
D1,Chen,402
D2,Adams,880
D2,Baker,1911
D2,Chen,1010
D3,Adams,1202
D3,Baker,1202
D3,Chen,99
D4,Adams,2001
D4,Chen,1999
D4,Baker,abc
D5,Chen,750"""

lines = VOTES.splitlines()
header = lines[0].split(",")
districts = {}
errors = []
for n, line in enumerate(lines[1:], 2):
    rec = dict(zip(header, line.split(",")))
    try:
        votes = int(rec["votes"])
    except ValueError:
        errors.append(f"line {n}: bad vote count {rec['votes']!r}")
        continue
    districts.setdefault(rec["district"], {})[rec["candidate"]] = votes

totals = {}
seats = {}
for d, results in districts.items():
    ranking = sorted(results.items(), key=lambda kv: -kv[1])
    total = sum(results.values())
    top = ranking[0][1]
    leaders = [c for c, v in ranking if v == top]
    if len(leaders) > 1:
        outcome = "tie between " + " and ".join(sorted(leaders))
    else:
        margin = top - (ranking[1][1] if len(ranking) > 1 else 0)
        outcome = f"{leaders[0]} wins by {margin} ({margin / total:.1%})"
        seats[leaders[0]] = seats.get(leaders[0], 0) + 1
    print(f"{d}: {outcome}")
    for c, v in ranking:
        totals[c] = totals.get(c, 0) + v
        print(f"    {c:<6}{v:>6} {v / total:6.1%} {'|' * (v * 30 // total)}")
print("errors:", errors)
grand = sum(totals.values())
for c, v in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{c:<6} {v:>6} votes {v / grand:.2%}  seats {seats.get(c, 0)}")
