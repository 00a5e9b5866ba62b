grid = {}
grid[(0, 0)] = "start"
grid[(2, 3)] = "treasure"
print(grid[(2, 3)], grid.get((1, 1), "empty"))
print((0, 0) in grid, sorted(grid))
try:
    {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError:", e)
key = frozenset({"a", "b"})
d = {key: 1}
print(d[frozenset(["b", "a"])])
print(hash(1) == hash(1.0), {1: "int", 1.0: "float"})
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
memo = {}
def cost(a, b):
    k = (min(a, b), max(a, b))
    if k not in memo:
        memo[k] = abs(a - b) * 2
    return memo[k]
print(cost(3, 7), cost(7, 3), len(memo))
