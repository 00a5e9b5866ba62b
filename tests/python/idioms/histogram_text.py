data = [3, 7, 2, 9, 4, 7, 1, 5]
for i, v in enumerate(data):
    print(f"{i:2} | {'█' * v} {v}")
print()
top = max(data)
for level in range(top, 0, -1):
    print("".join(" # " if v >= level else "   " for v in data))
print("".join(f"{i:^3}" for i in range(len(data))))
scores = [55, 62, 68, 71, 75, 78, 81, 84, 88, 90, 93, 99]
buckets = {}
for s in scores:
    b = s // 10 * 10
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b}-{b + 9}: {'*' * buckets[b]}")
