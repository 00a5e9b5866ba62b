def zip_longest(*seqs, fill=None):
    n = max((len(s) for s in seqs), default=0)
    return [tuple(s[i] if i < len(s) else fill for s in seqs) for i in range(n)]

print(zip_longest([1, 2, 3], "ab"))
print(zip_longest("abc", [], fill="-"))
print(zip_longest())
names = ["ann", "bob", "cy"]
scores = [90, 85]
for n, s in zip_longest(names, scores, fill="n/a"):
    print(f"{n}: {s}")
print(list(zip(names, scores)), len(list(zip(names, scores))))
print(list(zip(*zip_longest("ab", "cde", fill="_"))))
print(["".join(t) for t in zip_longest("abc", "12", fill="")])
