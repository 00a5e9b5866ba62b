friends = {
    "ann": {"bob", "cy", "di"}, "bob": {"ann", "cy"}, "cy": {"ann", "bob", "ed"},
    "di": {"ann"}, "ed": {"cy", "fay"}, "fay": {"ed"}, "gus": set(),
}
print(sorted(friends["ann"] & friends["bob"]), sorted(friends["ann"] | friends["ed"]), sorted(friends["ann"] - friends["bob"]))
def suggestions(p):
    fof = set().union(*(friends[f] for f in friends[p])) if friends[p] else set()
    return sorted(fof - friends[p] - {p})
for p in sorted(friends):
    print(f"{p:<4} friends={sorted(friends[p])} suggest={suggestions(p)}")
edges = {frozenset((a, b)) for a, fs in friends.items() for b in fs}
print(len(edges), sorted(tuple(sorted(e)) for e in edges)[:4])
tris = {frozenset((a, b, c)) for a in friends for b in friends[a] for c in friends[b] if a in friends[c]}
print([sorted(t) for t in tris])
isolated = {p for p, fs in friends.items() if not fs}
print(isolated, frozenset(isolated), set() == frozenset(), {frozenset(): 1})
def components():
    seen, comps = set(), []
    for p in sorted(friends):
        if p in seen:
            continue
        comp, stack = set(), [p]
        while stack:
            x = stack.pop()
            if x not in comp:
                comp.add(x)
                stack.extend(friends[x] - comp)
        seen |= comp
        comps.append(sorted(comp))
    return comps
print(components())
a, b = set("abcdef"), set("defghi")
print(sorted(a ^ b), a.isdisjoint("xyz"), a > set("abc"), a >= a, sorted(a.intersection("cdq", "dc")))
universe = set(range(1, 21))
multiples = {k: {n for n in universe if n % k == 0} for k in (2, 3, 5)}
print(sorted(multiples[2] & multiples[3]), sorted(universe - multiples[2] - multiples[3] - multiples[5]))
print(len(multiples[2] | multiples[3] | multiples[5]))
print(sorted(frozenset({3, 1}) | {2}), type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
powerset = [set()]
for x in [1, 2, 3]:
    powerset += [s | {x} for s in powerset]
print(sorted(map(sorted, powerset), key=lambda s: (len(s), s)))
print({1, 2, 3}.issuperset({1}), {1, 2}.union([3], (4,), {5: 0}), sorted(set("aab")), set([1, 1.0, True]))
