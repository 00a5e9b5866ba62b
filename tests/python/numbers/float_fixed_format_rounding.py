# format(x, '.Nf') and f'{x:.Nf}': the exact binary value rounded half to even at N digits, for
# halfway cases, tiny and subnormal values, values near 2**53, and many precisions, checked in bulk
# by a digest (any single wrong digit changes it) and shown for the classic cases.
import hashlib
import random
import struct

classic = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 0.055, 9.995, 1234.5, 0.0005,
           1e-300, 5e-324, 2.0**52 + 0.5, 2.0**53 - 1, 2.0**53, 1e22, 123456789.987654321, 0.1]
for v in classic:
    print(repr(v), [format(v, ".%df" % n) for n in (0, 1, 2, 3, 17)], f"{-v:.4f}", "%.3f" % v)

rng = random.Random(1127)
values = [rng.uniform(0, 1000) for _ in range(3000)]
values += [rng.random() * 2.0 ** rng.randint(-70, 60) for _ in range(3000)]
values += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(62)))[0] for _ in range(2000)]
digest = hashlib.sha256()
count = 0
for v in values:
    for n in (0, 1, 2, 3, 5, 8, 12, 16, 18, 19, 22):
        digest.update(format(v, ".%df" % n).encode())
        digest.update(format(-v, ".%df" % n).encode())
        count += 2
print(count, digest.hexdigest())
print(f"{3.14159:.2f} {2.5:.0f} {3.5:.0f} {0.05:.1f} {1e-7:.6f} {123.456:10.2f}|{-0.0:.2f}|{0.004:.2f}")
