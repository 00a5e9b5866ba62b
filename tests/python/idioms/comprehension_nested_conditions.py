matrix = [[1, -2, 3], [-4, 5, -6], [7, -8, 9]]
print([[x if x > 0 else 0 for x in row] for row in matrix])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: [x for x in row if x > 0] for i, row in enumerate(matrix)})
print([(i, j) for i in range(4) for j in range(4) if i != j and (i + j) % 3 == 0])
words = ["apple", "Bob", "civic", "Dad", "eye", "fig"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print({len(w) for w in words})
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print(["".join(sorted(set(w.lower()))) for w in words[:3]])
