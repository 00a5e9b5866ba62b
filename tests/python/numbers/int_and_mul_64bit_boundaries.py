"""int & and * across the 64-bit boundaries: masks of 64 bits, products that need 128 bits, signs."""
import random
r = random.Random(5)
vals = [0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**64 + 5, -2**64, -(2**64) - 1, 2**65 - 3, -(2**70), 255, -256, 0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000]
vals += [r.randrange(-2**70, 2**70) for _ in range(40)] + [r.randrange(0, 2**64) for _ in range(40)] + [r.randrange(-2**63, 2**63) for _ in range(40)]
acc = 0
for a in vals:
    for b in vals:
        acc = (acc * 1000003 + ((a & b) % 1000000007)) % (2**61 - 1)
        acc = (acc * 1000003 + ((a * b) % 1000000009)) % (2**61 - 1)
print(acc)
for a in vals[:19]:
    print(a & 0xFFFFFFFFFFFFFFFF, a & (2**64 - 1) & a, (a * 6364136223846793005) & 0xFFFFFFFFFFFFFFFF, a * -3, (-a) * (2**62))
s = 12345
for i in range(1000):
    s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
print(s, s >> 11, type(s & 1).__name__)
class M(int): pass
print(type(M(5) & M(2**64 + 3)).__name__, M(2**64 + 3) & 7)
