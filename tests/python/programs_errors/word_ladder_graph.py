# Breadth-first search over a word graph; unreachable targets and bad input raise custom errors.
from collections import deque, defaultdict

WORDS = ["cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "good", "gold", "bold"]

class NoPath(LookupError):
    pass

def neighbours(words):
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    graph = defaultdict(set)
    for group in buckets.values():
        for a in group:
            graph[a].update(x for x in group if x != a)
    return graph

def ladder(start, goal, words=WORDS):
    if len(start) != len(goal):
        raise ValueError(f"{start!r} and {goal!r} differ in length")
    graph = neighbours(words)
    if start not in graph:
        raise KeyError(start)
    prev = {start: None}
    queue = deque([start])
    while queue:
        w = queue.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in sorted(graph[w]):
            if n not in prev:
                prev[n] = w
                queue.append(n)
    raise NoPath(f"no ladder from {start} to {goal}")

for a, b in [("cold", "warm"), ("gold", "word"), ("cold", "cord"), ("cold", "hot"), ("wxyz", "warm"),
             ("cold", "fish"), ("bold", "bold")]:
    try:
        print(a, b, "->", " > ".join(ladder(a, b)))
    except NoPath as e:
        print(a, b, "-> NoPath:", e, "| LookupError?", isinstance(e, LookupError))
    except KeyError as e:
        print(a, b, "-> KeyError:", e)
    except ValueError as e:
        print(a, b, "-> ValueError:", e)
g = neighbours(WORDS)
print(sorted(g["word"]), len(g), g["nothing"], len(g))
dd = defaultdict(int)
dd["x"] += 1
print(dict(dd))
try:
    defaultdict("not callable")
except TypeError as e:
    print("TypeError:", e)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(ladder("warm", "fish"))
