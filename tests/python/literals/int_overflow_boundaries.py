big = 2 ** 63
print(big - 1 + 1 == big)
x = 9223372036854775807
print(x + 1, x * 2, -x - 2)
print(type(x + 1).__name__)
y = -9223372036854775808
print(y // -1, abs(y), -y)
print(y * -1)
print(divmod(y, -1))
print((2**62) * 4)
print(3037000500 * 3037000500)
print((1 << 63) - 1 == x)
