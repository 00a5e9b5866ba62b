n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)

# digit sum
x = 987654321
total = 0
while x:
    x, d = divmod(x, 10)
    total += d
print("digit sum:", total)

# find first
items = [3, 8, 1, 9, 4]
i = 0
while i < len(items) and items[i] < 9:
    i += 1
print("found at", i)

# loop with else
k = 2
while k < 10:
    if 91 % k == 0:
        print("91 divisible by", k)
        break
    k += 1
else:
    print("no divisor")
# gcd
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
