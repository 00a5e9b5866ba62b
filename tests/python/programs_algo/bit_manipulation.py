def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")
for n in [0, 1, 5, 255, -1, -128, 170]:
    print(f"{n:>5} {bits(n)} {bin(n):>11} popcount={bin(n & 0xFF).count('1')}")
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, -20 >> 2, 1 << 100)
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_pow2(n)])
def lowest_bit(n):
    return n & -n
print([lowest_bit(n) for n in (12, 7, 40, 96)])
def count_bits(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([count_bits(n) for n in range(16)], (255).bit_count(), (2 ** 100 - 1).bit_count())
def single_number(nums):
    r = 0
    for x in nums:
        r ^= x
    return r
print(single_number([4, 1, 2, 1, 2]))
def subsets(items):
    n = len(items)
    return [[items[j] for j in range(n) if mask >> j & 1] for mask in range(1 << n)]
print(subsets("abc"))
def gray(n):
    return [i ^ (i >> 1) for i in range(1 << n)]
print(gray(3), [format(g, "03b") for g in gray(3)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b00010110), bits(reverse_bits(0b00010110)))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print(flags, flags ^ WRITE)
print((1234).to_bytes(2, "big"), (1234).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(bytes([1, 2, 3]), "little"))
try:
    (300).to_bytes(1, "big")
except OverflowError as ex:
    print(type(ex).__name__, ex)
try:
    1 << -1
except ValueError as ex:
    print(type(ex).__name__, ex)
print(0b1010, 0o17, 0xff, 0b1_0000, int("1010", 2), int("ff", 16), int("777", 8))
print(f"{10:b} {10:o} {10:x} {10:X} {10:#b} {10:#o} {10:#x} {10:08b} {-10:b}")
masks = [(1 << i) - 1 for i in range(1, 9)]
print(masks, [m.bit_length() for m in masks])
def hamming(a, b):
    return bin(a ^ b).count("1")
print(hamming(1, 4), hamming(0b1111, 0), hamming(2 ** 64, 2 ** 64 + 3))
print(True + True, True & False, True | 2, ~True, -True, True << 3)
