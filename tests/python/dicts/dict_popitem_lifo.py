d = {i: str(i) for i in range(5)}
while d:
    print(d.popitem(), end=" ")
print()
d = dict(a=1)
d.update(b=2, c=3)
print(d.popitem(), list(d))
