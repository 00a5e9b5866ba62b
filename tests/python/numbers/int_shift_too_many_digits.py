"""Left shifts past CPython's largest int (MAX_LONG_DIGITS 30-bit digits) are OverflowError
'too many digits in integer'; shifts that would merely need too much memory stay MemoryError."""
import sys

for expr in ("1 << 2**70", "-(2**80) << 2**66", "1 << 2**64", "(2**40) << 69175290276410818291",
             "1 << 69175290276410818320", "(2**30) << 69175290276410818320", "1 << 69175290276410818321",
             "1 << 2**62", "0 << 2**70", "-1 >> 2**70", "(2**100) >> 2**70"):
    try:
        print(expr, "=", eval(expr))
    except (MemoryError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
