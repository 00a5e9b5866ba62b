"""CPython 3.11's limit on decimal int<->str conversions (sys.set_int_max_str_digits)."""
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for convert in (str, repr, lambda v: "%d" % v, lambda v: f"{v}", lambda v: format(v, ",d")):
    try:
        convert(big)
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(big)), len(bin(big)) > 5000, len(oct(big)) > 1000)
print(len(str(10 ** 4299)), len(str(-10 ** 4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 97, int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(big)), int("7" * 6000) % 10)
sys.set_int_max_str_digits(5001)
print(len(str(big)), sys.get_int_max_str_digits())
for bad in (100, -1, 639):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=640)
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 639)))
