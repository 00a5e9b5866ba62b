# Shortest repr round trip, str() of floats in containers, float.hex round trip and rounding of halves.
import random, struct
rng = random.Random(31337)
ok = 0
samples = []
for i in range(2000):
    bits = rng.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if x != x:
        continue
    s = repr(x)
    if float(s) == x and float.fromhex(x.hex()) == x:
        ok += 1
    if i % 200 == 0:
        samples.append(s)
print(ok, samples)
for x in (1 / 3, 2 / 3, 0.1, 100.0, 1e22, 1e23, 5e-324, 2.5e-310, 123456789012345680.0, 0.000001, 1e-7):
    print(repr(x), str(x), f"{x}", f"{x:r}" if False else '', '%s' % x, '%r' % x, '%.17g' % x, '{:.16e}'.format(x))
for v in (0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045):
    print(v, f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", round(v, 1), round(v, 2), '%.1f' % v)
print([1.0, 2.50, -0.0, 1e100, float('inf')], (0.1, 0.2), {'a': 0.3}, {1.1}, str([1e-5]), repr((1e16,)))
print(float(repr(0.1 + 0.2)) == 0.1 + 0.2, float('%.15g' % (0.1 + 0.2)) == 0.1 + 0.2, float('%.17g' % (0.1 + 0.2)) == 0.1 + 0.2)
