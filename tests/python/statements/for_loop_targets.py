for i, c in enumerate("abc", start=1):
    print(i, c)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
class Box: pass
b = Box()
for b.value in range(3):
    pass
print(b.value)
l = [0, 0]
for l[0] in range(5):
    pass
print(l)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
for x in range(3):
    pass
print("x after loop", x)
