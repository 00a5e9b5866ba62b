n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n):
    print("".join("#" if (i + j) % 2 else "." for j in range(n)))
for i in range(1, 4):
    for j in range(1, 4):
        print(f"{i}x{j}={i * j:<3}", end="")
    print()
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(30).rstrip())
