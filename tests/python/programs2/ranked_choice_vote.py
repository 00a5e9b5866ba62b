BALLOTS = """alice>bob>carol
bob>alice
carol>bob>alice
carol>alice
dave>carol>bob
alice>carol
bob>carol>alice
dave>alice
carol>bob
alice
bob>dave
carol>dave>bob
alice>bob
dave>bob>carol"""

ballots = [line.split(">") for line in BALLOTS.splitlines()]
candidates = sorted({c for b in ballots for c in b})
print("candidates:", candidates)
first = {c: 0 for c in candidates}
for b in ballots:
    first[b[0]] += 1
print("plurality:", sorted(first.items(), key=lambda kv: (-kv[1], kv[0])))

remaining = set(candidates)
rnd = 0
while True:
    rnd += 1
    tally = {c: 0 for c in sorted(remaining)}
    exhausted = 0
    for b in ballots:
        choice = next((c for c in b if c in remaining), None)
        if choice is None:
            exhausted += 1
        else:
            tally[choice] += 1
    active = sum(tally.values())
    line = ", ".join(f"{c}={n}" for c, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"round {rnd}: {line} (exhausted {exhausted})")
    leader, votes = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
    if votes * 2 > active:
        print(f"winner: {leader} with {votes}/{active} = {votes / active:.1%}")
        break
    low = min(tally.values())
    losers = sorted(c for c, n in tally.items() if n == low)
    eliminated = losers[-1]
    print(f"  eliminate {eliminated}")
    remaining.discard(eliminated)

pairwise = {}
for a in candidates:
    for b in candidates:
        if a < b:
            a_wins = sum(1 for bl in ballots if a in bl and (b not in bl or bl.index(a) < bl.index(b)))
            b_wins = sum(1 for bl in ballots if b in bl and (a not in bl or bl.index(b) < bl.index(a)))
            pairwise[(a, b)] = (a_wins, b_wins)
for (a, b), (x, y) in pairwise.items():
    print(f"{a} vs {b}: {x}-{y}")
