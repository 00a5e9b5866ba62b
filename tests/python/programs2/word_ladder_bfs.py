WORDS = """cold cord card ward warm word worm wore core bore bord lord load goad gold
golf wolf wold bold bolt boat coat cost cast case cave gave game came come cone
done dune tune tone tome home hole hold bole pole pale male mole mile mild wild""".split()
WORDSET = set(WORDS)

def neighbors(word):
    out = []
    for i in range(len(word)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in WORDSET:
                    out.append(cand)
    return out

def ladder(start, goal):
    if start not in WORDSET or goal not in WORDSET:
        return None
    frontier = [start]
    parent = {start: None}
    while frontier:
        nxt = []
        for w in frontier:
            for n in neighbors(w):
                if n not in parent:
                    parent[n] = w
                    nxt.append(n)
        if goal in parent:
            break
        frontier = nxt
    if goal not in parent:
        return []
    path = [goal]
    while parent[path[-1]]:
        path.append(parent[path[-1]])
    return path[::-1]

for a, b in [("cold", "warm"), ("gold", "wild"), ("cave", "done"), ("boat", "male"), ("cold", "xyzw"), ("wolf", "case")]:
    p = ladder(a, b)
    if p is None:
        print(f"{a} -> {b}: not a dictionary word")
    elif not p:
        print(f"{a} -> {b}: no ladder")
    else:
        print(f"{a} -> {b}: {len(p) - 1} steps: {' > '.join(p)}")
degree = sorted(WORDS, key=lambda w: (-len(neighbors(w)), w))[:5]
print([(w, len(neighbors(w))) for w in degree])
