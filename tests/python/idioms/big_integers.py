print(2 ** 100)
print(3 ** 50 * 7 ** 30 - 1)
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)))
print(sum(int(d) for d in str(2 ** 1000)))
big = 10 ** 30 + 7
print(big // 13, big % 13, divmod(-big, 1000))
print(pow(3, 10 ** 6, 10 ** 9 + 7))
print(-(2 ** 64) // 3, abs(-(10 ** 25)))
print(int("9" * 40) + 1 == 10 ** 40)
print(hex(2 ** 80), (2 ** 80).bit_length())
print(float(2 ** 60), 2 ** 60 == 2.0 ** 60)
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
print(f"{2**70:,}", f"{2**64:e}")
