def digit_sum(n):
    return sum(map(int, str(abs(n))))


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse_number(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])


def is_palindrome_number(n):
    return str(n) == str(n)[::-1]


def kaprekar(n):
    steps = 0
    while n != 6174:
        s = f"{n:04d}"
        big = int("".join(sorted(s, reverse=True)))
        small = int("".join(sorted(s)))
        n = big - small
        steps += 1
        print(f"  {big:04d} - {small:04d} = {n:04d}")
        if n == 0:
            break
    return steps


for n in (0, 7, 38, 12345, 99999999, -472, 10 ** 20 + 1):
    print(n, digit_sum(n), digital_root(abs(n)), reverse_number(n), is_palindrome_number(n))
print("kaprekar 3524 in", kaprekar(3524), "steps")
print("kaprekar 2111 in", kaprekar(2111), "steps")
lychrel_like = []
for n in range(1, 200):
    x = n
    for _ in range(50):
        x += reverse_number(x)
        if is_palindrome_number(x):
            break
    else:
        lychrel_like.append(n)
print("lychrel candidates under 200:", lychrel_like)
print(sum(int(c) for c in str(2 ** 1000)))
print(sum(int(c) for c in str(__import__("math").factorial(100))))
print([n for n in range(10, 1000) if n % digit_sum(n) == 0][:20])
digits = [int(d) for d in str(9876543210)]
print(digits, digits[::2], digits[-1::-3])
print(divmod(123456, 1000), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2))
n = 1234
out = []
while n:
    n, d = divmod(n, 10)
    out.append(d)
print(out)
