rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, -7.125)]
for name, n, f in rows:
    print("{:<8}|{:>5}|{:^9.2f}|{:+08.3f}".format(name, n, f, f))
for name, n, f in rows:
    print("%-8s|%5d|%9.2f|%+08.3f" % (name, n, f, f))
for name, n, f in rows:
    print(f"{name:>8}|{n:<5}|{f:>9.1e}|{n:#06x}")
