# tail -n with a deque, and binary search over a file of fixed-width sorted records using seek.
import collections
import os
import tempfile

WIDTH = 16

with tempfile.TemporaryDirectory() as tmp:
    log = os.path.join(tmp, "events.log")
    with open(log, "w") as f:
        for i in range(1, 101):
            f.write(f"event {i:03d}: {'ok' if i % 7 else 'FAIL'}\n")
    with open(log) as f:
        last = collections.deque(f, maxlen=3)
    print([line.rstrip() for line in last])
    with open(log) as f:
        fails = [line.split(":")[0] for line in f if "FAIL" in line]
    print(len(fails), fails[:4])

    table = os.path.join(tmp, "sorted.dat")
    keys = sorted({(i * 7919) % 1000 for i in range(200)})
    with open(table, "wb") as f:
        for k in keys:
            f.write(f"{k:08d}{k * k:08x}".encode("ascii"))
    size = os.path.getsize(table)
    print(size, size // WIDTH, len(keys))

    def lookup(f, key):
        lo, hi = 0, size // WIDTH
        probes = 0
        while lo < hi:
            mid = (lo + hi) // 2
            f.seek(mid * WIDTH)
            rec = f.read(WIDTH)
            probes += 1
            k = int(rec[:8])
            if k == key:
                return int(rec[8:], 16), probes
            if k < key:
                lo = mid + 1
            else:
                hi = mid
        return None, probes

    with open(table, "rb") as f:
        for key in [keys[0], keys[-1], keys[len(keys) // 2], 999, 1, 500]:
            print(key, lookup(f, key))
    with open(table, "rb") as f:
        f.seek(-WIDTH, os.SEEK_END)
        print(f.read(), f.tell() == size)
        f.seek(WIDTH * 3)
        print(f.read(WIDTH), f.tell())
