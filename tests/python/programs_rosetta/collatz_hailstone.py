def hailstone(n):
    seq = [n]
    while n != 1:
        n = 3 * n + 1 if n & 1 else n >> 1
        seq.append(n)
    return seq

h27 = hailstone(27)
print(len(h27), h27[:4], "...", h27[-4:])
print("max in 27:", max(h27))
cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = 3 * n + 1 if n % 2 else n // 2
    L = cache[n]
    for m in reversed(path):
        L += 1
        cache[m] = L
    return cache[path[0]] if path else L

best = max(range(1, 100000), key=length)
print("longest under 100000:", best, length(best))
