l = [3, 1, 4, 1, 5]
l.append(9); print(l)
l.extend([2, 6]); print(l)
l.insert(0, 0); l.insert(-1, 7); l.insert(100, 8); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(1), l.index(5, 2), l.count(1), l.count(99))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.clear(); print(c, l)
try:
    l.remove(42)
except ValueError as e:
    print(e)
