# Out-of-range ints: CPython's message depends on byte order, size and whether _struct.c reads a C long or unsigned long.
import struct
for order in '@=<>!':
    for code in 'bBhHiIlLqQnN':
        if code in 'nN' and order != '@':
            continue
        size = struct.calcsize(order + code)
        signed = code.islower()
        lo = -(1 << (size * 8 - 1)) if signed else 0
        hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
        for v in (lo - 1, hi + 1, -1 if not signed else lo - 1000, 2 ** 70):
            try:
                r = struct.pack(order + code, v)
            except struct.error as e:
                r = 'error: ' + str(e)
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(order + code, v, r)
