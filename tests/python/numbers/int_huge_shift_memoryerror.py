"""Left shifts too big to hold: MemoryError, as CPython when it cannot allocate (not OverflowError)."""
import sys

for expr in ("1 << sys.maxsize", "-3 << sys.maxsize", "(1 << 100) << (1 << 62)", "0 << sys.maxsize", "1 << -1"):
    try:
        print(expr, "=", eval(expr))
    except (MemoryError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
print((1 << 1000).bit_length(), (-1 << 70) >> 68, 5 << 0)
