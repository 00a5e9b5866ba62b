names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
for i in range(len(names)):
    print(i, names[i], scores[i])
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n.title()}: {s}")
for n in reversed(names):
    print(n, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=",")
print()
for a, b in zip(range(3), range(10, 13)):
    print(a * b, end=" ")
print()
total = 0
for n in range(1, 101):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
