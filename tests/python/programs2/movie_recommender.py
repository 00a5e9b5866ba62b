import math

RATINGS = {
    "ann": {"Alien": 5, "Brazil": 3, "Casablanca": 4, "Dune": 5},
    "ben": {"Alien": 4, "Casablanca": 2, "Dune": 5, "Eraserhead": 1},
    "cy": {"Brazil": 5, "Casablanca": 5, "Eraserhead": 4, "Fargo": 4},
    "dee": {"Alien": 2, "Brazil": 4, "Casablanca": 5, "Fargo": 5},
    "eli": {"Alien": 5, "Dune": 4, "Fargo": 2},
}

def cosine(u, v):
    common = set(u) & set(v)
    if not common:
        return 0.0
    dot = sum(u[m] * v[m] for m in common)
    nu = math.sqrt(sum(u[m] ** 2 for m in common))
    nv = math.sqrt(sum(v[m] ** 2 for m in common))
    return dot / (nu * nv)

def pearson(u, v):
    common = sorted(set(u) & set(v))
    if len(common) < 2:
        return 0.0
    mu = sum(u[m] for m in common) / len(common)
    mv = sum(v[m] for m in common) / len(common)
    num = sum((u[m] - mu) * (v[m] - mv) for m in common)
    den = math.sqrt(sum((u[m] - mu) ** 2 for m in common)) * math.sqrt(sum((v[m] - mv) ** 2 for m in common))
    return num / den if den else 0.0

def recommend(user, sim=pearson):
    totals, weights = {}, {}
    for other, ratings in RATINGS.items():
        if other == user:
            continue
        s = sim(RATINGS[user], ratings)
        if s <= 0:
            continue
        for movie, r in ratings.items():
            if movie not in RATINGS[user]:
                totals[movie] = totals.get(movie, 0) + s * r
                weights[movie] = weights.get(movie, 0) + s
    return sorted(((round(totals[m] / weights[m], 3), m) for m in totals), reverse=True)

users = sorted(RATINGS)
print("      " + "".join(f"{u:>7}" for u in users))
for u in users:
    print(f"{u:<6}" + "".join(f"{pearson(RATINGS[u], RATINGS[v]):>7.2f}" for v in users))
for u in users:
    print(u, "->", recommend(u), recommend(u, cosine)[:1])
movies = sorted({m for r in RATINGS.values() for m in r})
for m in movies:
    rs = [r[m] for r in RATINGS.values() if m in r]
    print(f"{m:<11} avg {sum(rs) / len(rs):.2f} from {len(rs)} ratings")
