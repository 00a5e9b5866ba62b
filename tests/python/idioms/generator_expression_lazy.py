log = []
def noisy(x):
    log.append(x)
    return x * x
gen = (noisy(x) for x in range(5))
print(log)
print(next(gen), log)
print(list(gen), log)
print(list(gen))
total = sum(x for x in range(1000001))
print(total)
print(max(len(w) for w in "a quick brown fox".split()))
g = (c.upper() for c in "abc")
print("".join(g))
print(tuple(i for i in range(4)), set(i % 3 for i in range(10)) == {0, 1, 2})
print(sorted((x % 5 for x in range(12)), reverse=True))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(type(gen).__name__)
