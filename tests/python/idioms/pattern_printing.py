n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n - 1, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
print()
for i in range(1, 5):
    print("".join(str(j) for j in range(1, i + 1)))
print()
size = 4
for r in range(size):
    print("".join("#" if (r + c) % 2 == 0 else "." for c in range(size * 2)))
print()
print("+" + "-" * 8 + "+")
for word in ["hi", "there"]:
    print("|" + word.center(8) + "|")
print("+" + "-" * 8 + "+")
