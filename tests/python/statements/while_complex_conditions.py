a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)
items = [3, 8, 1, 9]
i = 0
while i < len(items) and items[i] != 1:
    i += 1
print("found 1 at", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)
x = 100
while x := x // 3:
    print(x, end=" ")
print()
