def round_robin(teams):
    teams = list(teams)
    if len(teams) % 2:
        teams.append(None)
    n = len(teams)
    rounds = []
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            home, away = teams[i], teams[n - 1 - i]
            if home is not None and away is not None:
                pairs.append((home, away) if r % 2 == 0 else (away, home))
        rounds.append(pairs)
        teams = [teams[0]] + [teams[-1]] + teams[1:-1]
    return rounds

def score(home, away, rnd):
    h = (len(home) * 3 + rnd * 7 + ord(away[0])) % 5
    a = (len(away) * 2 + rnd * 3 + ord(home[-1])) % 4
    return h, a

teams = ["Lions", "Tigers", "Bears", "Wolves", "Eagles"]
table = {t: {"P": 0, "W": 0, "D": 0, "L": 0, "GF": 0, "GA": 0, "Pts": 0} for t in teams}
for rnd, pairs in enumerate(round_robin(teams), 1):
    results = []
    for home, away in pairs:
        hg, ag = score(home, away, rnd)
        results.append(f"{home} {hg}-{ag} {away}")
        for team, gf, ga in ((home, hg, ag), (away, ag, hg)):
            row = table[team]
            row["P"] += 1
            row["GF"] += gf
            row["GA"] += ga
            if gf > ga:
                row["W"] += 1; row["Pts"] += 3
            elif gf == ga:
                row["D"] += 1; row["Pts"] += 1
            else:
                row["L"] += 1
    print(f"Round {rnd}: " + "; ".join(results))

print()
standings = sorted(table.items(), key=lambda kv: (-kv[1]["Pts"], -(kv[1]["GF"] - kv[1]["GA"]), -kv[1]["GF"], kv[0]))
print(f"{'#':>2} {'Team':<8}" + "".join(f"{k:>4}" for k in ("P", "W", "D", "L", "GF", "GA")) + "  GD  Pts")
for pos, (team, r) in enumerate(standings, 1):
    gd = r["GF"] - r["GA"]
    print(f"{pos:>2} {team:<8}" + "".join(f"{r[k]:>4}" for k in ("P", "W", "D", "L", "GF", "GA")) + f" {gd:+3d} {r['Pts']:>4}")
