a, b = 0b1100_1010, 0b0101_0110
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 2, -1 >> 100, 1 << 70)
print(f"{a & b:08b} {a | b:08b} {a ^ b:08b} {~a & 0xFF:08b}")
def rotl(x, n, width=8):
    n %= width
    return ((x << n) | (x >> (width - n))) & ((1 << width) - 1)
def rotr(x, n, width=8):
    return rotl(x, width - n % width, width)
print(f"{rotl(0b10010110, 3):08b} {rotr(0b10010110, 3):08b} {rotl(1, 33, 32)}")
print([n.bit_length() for n in (0, 1, 255, 256, -256, 2 ** 100)], (255).bit_count(), (-7).bit_count())
print(bin(10 ** 20 ^ 2 ** 65), (2 ** 100 - 1) & 0xFFFF, -(2 ** 70) & 0xFF, -(2 ** 70) | 3, ~(2 ** 64))
x = 0b10110000
print(x & -x, (x & -x).bit_length() - 1, x & (x - 1), bool(64 & 63))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True),
      (1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True))
gray = [n ^ (n >> 1) for n in range(8)]
print([f"{g:03b}" for g in gray])
def gray_decode(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
print([gray_decode(g) for g in gray])
print(True & False, True | 2, True ^ True, type(True & True).__name__, type(True | 2).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 | 2
except TypeError as e:
    print("TypeError:", e)
