# Built-in types: additional methods on integer and float types, hashing of numeric types.
import math, sys
n = -37
print(bin(n), n.bit_length(), (255).bit_count(), (-255).bit_count(), (0).bit_length())
print((1024).to_bytes(2, byteorder='big'), (1024).to_bytes(10, byteorder='big'), (-1024).to_bytes(10, byteorder='big', signed=True))
x = 1000
print(x.to_bytes((x.bit_length() + 7) // 8, byteorder='little'), (65).to_bytes(), (2 ** 15).to_bytes(2, 'little'))
print(int.from_bytes(b'\x00\x10', byteorder='big'), int.from_bytes(b'\x00\x10', byteorder='little'))
print(int.from_bytes(b'\xfc\x00', byteorder='big', signed=True), int.from_bytes(b'\xfc\x00', byteorder='big', signed=False), int.from_bytes([255, 0, 0], byteorder='big'))
try:
    (1024).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-1).to_bytes(2, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print((10).as_integer_ratio(), (-7).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((-2.0).is_integer(), (3.2).is_integer(), (3.0).hex(), (3.14).hex(), float.fromhex('0x3.a7p10'), float.fromhex('0x1.ffffp10'))
print((0.25).as_integer_ratio(), (-0.0).as_integer_ratio(), float.fromhex('-0x1p-1074'), float.fromhex('inf'))
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
print(hash(1) == hash(1.0) == hash(complex(1, 0)), hash(-1), hash(-2), hash(0.5), hash(float('inf')), hash(2 ** 61 - 1), hash(2 ** 61))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, hash(-0.0), hash(1.5) == hash(1.5), hash(10 ** 30))
def hash_fraction(m, n):
    P = sys.hash_info.modulus
    while m % P == n % P == 0:
        m, n = m // P, n // P
    if n % P == 0:
        hash_value = sys.hash_info.inf
    else:
        hash_value = (abs(m) % P) * pow(n, P - 2, P) % P
    if m < 0:
        hash_value = -hash_value
    if hash_value == -1:
        hash_value = -2
    return hash_value
from fractions import Fraction
print(all(hash_fraction(*Fraction(x).as_integer_ratio()) == hash(x) for x in (0.1, -2.75, 1e100, 3, Fraction(1, 3))))
print(int('0x1F', 16), int('0b101', 0), int('0o17', 0), int('  -42 '), int('1_000'), int('z', 36), int(b'12'), int('٣'))
for bad in ("int('1_')", "int('0x', 16)", "int('9', 8)", "int('', 10)", "int('1', 1)", "int(1.5, 10)"):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sys.int_info.bits_per_digit > 0, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(math.trunc(-3.7), math.floor(-3.7), math.ceil(-3.2), round(-3.5), round(3.14159, 3), 7 .__round__(-1), 15 .__round__(-1), 25 .__round__(-1))
print(pow(38, -1, mod=97), pow(2, 10, 1000), pow(-2, 3), pow(2, -1), pow(0, 0), pow(0.0, 0), 10 ** -2, (-8) ** (1 / 3))
