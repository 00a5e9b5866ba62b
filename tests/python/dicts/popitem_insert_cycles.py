"""Inserting and popitem() in turn, many times: the dict keeps working (its table is resized, never exhausted)."""
d = {}
for i in range(1000):
    d[i] = i * i
    print_it = i % 250 == 0
    k, v = d.popitem()
    if print_it:
        print(k, v, d)
for i in range(10):
    d[i] = i
for _ in range(500):
    k, v = d.popitem()
    d[k + 100] = v
print(len(d), sorted(d.items())[:3], 5 in d, 1000 in d)
d.clear()
for i in range(300):
    d[str(i)] = i
    if i % 3:
        d.popitem()
print(len(d), list(d)[:5])
