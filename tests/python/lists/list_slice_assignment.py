l = list(range(10))
l[2:5] = []
print(l)
l[1:1] = ["a", "b"]
print(l)
l[::3] = ["X"] * len(l[::3])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
l[-2:] = "yz"
print(l)
del l[:2]
print(l)
l[len(l):] = [100]
print(l)
