# int <-> str conversion limits (sys.set_int_max_str_digits) and large-number formatting.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), hex(2 ** 100), format(big, 'x')[:10], big.bit_length())
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5], int('7' * 5500) % 97)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
n = 2 ** 14000
try:
    print(f"{n}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(repr(n)[:3])
except ValueError as e:
    print(type(e).__name__, e)
print(int('0x' + 'f' * 5000, 16).bit_length(), int('1' * 4300))
