FRIENDS = """ann bob
ann cat
bob cat
bob dan
cat eve
dan eve
dan fay
eve gus
fay gus
hal ivy"""

graph = {}
for line in FRIENDS.splitlines():
    a, b = line.split()
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)

def mutual(a, b):
    return sorted(graph[a] & graph[b])

def suggestions(person):
    counts = {}
    for friend in graph[person]:
        for fof in graph[friend]:
            if fof != person and fof not in graph[person]:
                counts[fof] = counts.get(fof, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

def distance(a, b):
    seen = {a: 0}
    frontier = [a]
    while frontier:
        nxt = []
        for p in frontier:
            for q in sorted(graph[p]):
                if q not in seen:
                    seen[q] = seen[p] + 1
                    nxt.append(q)
        frontier = nxt
    return seen.get(b)

people = sorted(graph)
print("people:", people)
for p in people:
    print(f"{p}: friends={sorted(graph[p])} suggest={suggestions(p)[:2]}")
print("mutual(ann, dan):", mutual("ann", "dan"), "mutual(bob, eve):", mutual("bob", "eve"))
for a, b in [("ann", "gus"), ("ann", "ivy"), ("fay", "cat")]:
    d = distance(a, b)
    print(f"distance {a}-{b}: {d if d is not None else 'not connected'}")
popular = max(people, key=lambda p: (len(graph[p]), p))
print("most connected:", popular, len(graph[popular]))
triangles = sorted({tuple(sorted((a, b, c))) for a in graph for b in graph[a] for c in graph[b] if a in graph[c]})
print("triangles:", triangles)
