scores = [88, 92, 79, 93, 85]
print(sum(scores), min(scores), max(scores), sum(scores) / len(scores))
print(sum(scores, 100), sum([[1], [2, 3]], []))
print(min("banana"), max("banana"), max([], default="empty"))
print(min(3, 1, 2), max(3, 1, 2, key=lambda v: -v))
print(sum(x * x for x in range(1, 11)))
print(sum([0.1] * 3), sum([1, 2.5, True]))
print(round(sum(scores) / len(scores), 1))
names = ["zoe", "al", "bert"]
print(min(names, key=len), max(names, key=len))
records = [{"n": "a", "v": 3}, {"n": "b", "v": 9}, {"n": "c", "v": 1}]
best = max(records, key=lambda r: r["v"])
print(best["n"], best)
print(abs(-7), abs(-2.5), pow(2, 10), pow(2, 10, 1000), divmod(100, 7))
