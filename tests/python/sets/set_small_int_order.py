print({5, 3, 1, 4, 2}, set(range(10, 0, -1)), {100, 1, 50}, set([8, 16, 32, 64, 128]))
print(list({9, 8, 7, 1}), sorted({-1, -5, 3}), {0, -1})
s = set()
for i in [17, 3, 33, 1, 65]:
    s.add(i)
print(s)
