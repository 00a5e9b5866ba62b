xs = [1.0, 2.0]
print(sum(xs) / len(xs))
ys = []
print(sum(ys) / len(ys))
