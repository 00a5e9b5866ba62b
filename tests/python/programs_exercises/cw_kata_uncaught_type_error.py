def add_all(*args):
    total = 0
    for a in args:
        total += a
    return total


print(add_all(1, 2, 3))
print(add_all(1.5, 2))
print(add_all("a", 1))
