a = [1, 2, 3]
print(a + [4], a * 2, [0] * 0, 2 in a, a == [1, 2, 3], a < [1, 3], len(a), min(a), max(a))
b = a
b += [4]
print(a)
a[1:2] = [20, 21, 22]
print(a)
a[:] = [9]
print(a, b, a is b)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(list(reversed(a)), sorted([3, 2, 1]), [1, [2, [3]]][1][1][0])
print([1, 2, 3][::-1], [x for x in [3, 1] if x > 2])
