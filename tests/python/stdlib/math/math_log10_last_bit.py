# log10 of plain decimals and ints to the last bit, as glibc gives them (CPython calls the C library).
import math
for x in [1.4, 1.6, 5.6, 52, 92, 93, 113, 171, 3.25, 5.75, 11.5, 24.5, 2, 3, 7, 1000, 1e-5, 0.3, 5e-324, 1e-310, 1.7976931348623157e308]:
    print(x, math.log10(x), repr(math.log10(x)))
print(math.log10(10 ** 400), math.log10(2 ** 1023), math.log10(True))
for n in (1, 9, 10, 99, 100, 12345, 10 ** 15 - 1):
    print(n, math.floor(math.log10(n)) + 1, len(str(n)))
