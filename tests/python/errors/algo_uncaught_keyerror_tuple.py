dist = {("a", "b"): 5, ("b", "c"): 3}
def d(u, v):
    return dist[u, v]
print(d("a", "b") + d("b", "c"))
print(d("a", "c"))
