n = 0b10110
print(n, bin(n), n & 1, n >> 1, n << 3, ~n, n ^ 0xFF, n | 1)
print(bin(n).count("1"), n.bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
def bits_set(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count
print([bits_set(i) for i in range(16)])
print([i for i in range(1, 70) if i & (i - 1) == 0])
flags = {"READ": 1, "WRITE": 2, "EXEC": 4}
perm = flags["READ"] | flags["EXEC"]
print([name for name, bit in flags.items() if perm & bit])
perm &= ~flags["READ"]
print(perm, format(perm, "03b"))
print(-8 >> 1, -1 & 0xFF, 1 << 70)
subsets = [[x for j, x in enumerate("abc") if mask >> j & 1] for mask in range(8)]
print(subsets)
