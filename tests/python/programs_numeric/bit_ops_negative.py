# Bitwise operations on negative numbers and int helpers.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 64, -(2 ** 64), 2 ** 63 - 1]
for v in vals:
    print(v, ~v, v & 0xFF, v | 0x10, v ^ -1, v >> 3, v << 3, v.bit_length(), v.bit_count())
print(-5 & -3, -5 | 3, -5 ^ 3, -1 >> 100, 1 >> 100, -(2 ** 100) >> 99)
for s in (-1, -64):
    try:
        print(1 << s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | 2, True ^ True, ~True, ~False, type(True & True).__name__, type(True & 1).__name__)
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, 2 ** 31):
    print(n, bin(n), oct(n), hex(n), format(n, '08b') if n >= 0 else format(n, '09b'))
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(20)], [i.bit_count() for i in range(20)])
print((-7).bit_count(), (2 ** 100 - 1).bit_count(), (-(2 ** 100)).bit_length())
mask = (1 << 32) - 1
def to_u32(x):
    return x & mask
def to_s32(x):
    x &= mask
    return x - (1 << 32) if x & (1 << 31) else x
for x in (-1, -2 ** 31, 2 ** 31, 2 ** 32 + 5, -12345):
    print(x, to_u32(x), to_s32(x), hex(to_u32(x)))
print(int.__and__(6, 3), int.__xor__(6, 3), (6).__rshift__(1), (6).__lshift__(70), (6).__invert__())
print(0b1010_1010 ^ 0xFF, 0o777 & 0b111, 0x_dead_beef >> 16)
