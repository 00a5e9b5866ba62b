# int.bit_count (3.10), int.as_integer_ratio (3.8), is_integer for floats, int limits (3.11).
for n in [0, 1, 7, 255, -255, 2**100 - 1, -(2**64)]:
    print(n, n.bit_count(), bin(n).count("1"), n.bit_length())
print(True.bit_count(), (10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
from fractions import Fraction
from decimal import Decimal
print(Fraction(3, 4).as_integer_ratio(), Decimal("1.25").as_integer_ratio())
print(int.from_bytes(b"\x01\x00"), (256).to_bytes(2), (1).to_bytes())
import sys
print(sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(int("9" * 4300))), hex(10 ** 5000)[:6])
