from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, group in groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in group])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len)
print({k: list(g) for k, g in groupby(words, len)})
it = groupby([1, 1, 2])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
