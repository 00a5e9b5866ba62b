a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
i = j = k = 0
print(i, j, k)
for n, (c, d) in enumerate([(1, 2), (3, 4)]):
    print(n, c, d)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, 9
print(idx, lst)
