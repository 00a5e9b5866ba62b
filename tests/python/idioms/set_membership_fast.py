stopwords = {"the", "a", "an", "of", "to", "and", "in"}
text = "The history of the world in a nutshell and an ode to joy"
kept = [w for w in text.lower().split() if w not in stopwords]
print(kept)
allowed = set("abcdefghijklmnopqrstuvwxyz_")
for name in ["good_name", "Bad", "with space", "ok"]:
    print(name, set(name) <= allowed)
visited = set()
order = []
graph = {1: [2, 3], 2: [4], 3: [4], 4: [1]}
stack = [1]
while stack:
    n = stack.pop()
    if n in visited:
        continue
    visited.add(n)
    order.append(n)
    stack.extend(reversed(graph[n]))
print(order)
a = [1, 5, 9, 13]
b = [2, 5, 8, 13, 20]
print(sorted(set(a) & set(b)), sorted(set(a).symmetric_difference(b)))
print(len({(x % 3, x % 2) for x in range(20)}))
