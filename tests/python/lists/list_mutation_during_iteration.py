l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l2 = [1, 2, 3]
out = []
for x in l2:
    out.append(x)
    if len(l2) < 6:
        l2.append(x * 10)
print(out, l2)
l3 = list(range(10))
l3[:] = [x for x in l3 if x % 3]
print(l3)
