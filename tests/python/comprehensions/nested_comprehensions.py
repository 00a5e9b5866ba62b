n = 4
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
flat = [x for row in [[1, 2], [3, 4], [5]] for x in row if x % 2]
print(flat)
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(sum(sum(r) for r in ([i] * i for i in range(5))))
