COURSES = {
    "calc1": [],
    "calc2": ["calc1"],
    "linalg": ["calc1"],
    "prog1": [],
    "prog2": ["prog1"],
    "algos": ["prog2", "discrete"],
    "discrete": ["calc1"],
    "ml": ["linalg", "algos", "stats"],
    "stats": ["calc2"],
    "compilers": ["algos", "theory"],
    "theory": ["discrete"],
}

def topo_order(prereqs):
    indeg = {c: 0 for c in prereqs}
    users = {c: [] for c in prereqs}
    for course, reqs in prereqs.items():
        for r in reqs:
            if r not in prereqs:
                raise KeyError(f"{course} needs unknown course {r}")
            indeg[course] += 1
            users[r].append(course)
    ready = sorted(c for c, d in indeg.items() if d == 0)
    order = []
    while ready:
        c = ready.pop(0)
        order.append(c)
        for u in users[c]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(prereqs):
        stuck = sorted(c for c, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {stuck}")
    return order

def semesters(prereqs):
    level = {}
    def depth(c):
        if c not in level:
            level[c] = 1 + max((depth(r) for r in prereqs[c]), default=0)
        return level[c]
    plan = {}
    for c in prereqs:
        plan.setdefault(depth(c), []).append(c)
    return plan

print(topo_order(COURSES))
for sem, courses in sorted(semesters(COURSES).items()):
    print(f"semester {sem}: {', '.join(sorted(courses))}")
cyclic = dict(COURSES, calc1=["ml"])
try:
    topo_order(cyclic)
except ValueError as e:
    print("error:", e)
try:
    topo_order({"a": ["zzz"]})
except KeyError as e:
    print("error:", e)
