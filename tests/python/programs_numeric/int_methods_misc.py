# Less common int methods and builtins: bit_count, as_integer_ratio, __index__ via operator, abs/pow on bools, int.__round__.
import operator
for n in (0, 1, -1, 10, -10, 255, 2 ** 70 + 3, -(2 ** 70)):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.__round__(-1), n.__round__(), round(n, -2), abs(n), operator.index(n), n.__floor__(), n.__ceil__(), n.__trunc__())
print(int.__floordiv__(7, 2), int.__rfloordiv__(2, 7), int.__mod__(-7, 2), int.__rmod__(2, -7), int.__divmod__(7, -2), int.__rpow__(3, 2), int.__pow__(2, 3, 5))
print((7).__truediv__(2), (7).__rtruediv__(2), (7).__add__(1.5), (7).__eq__(7.0), (7).__lt__(7.5), (7).__hash__(), int.__new__(int, '12'))
print(operator.floordiv(-9, 4), operator.mod(-9, 4), operator.truediv(9, 4), operator.pow(2, -2), operator.neg(5), operator.pos(-5), operator.abs(-5), operator.inv(5), operator.invert(-1), operator.lshift(1, 10), operator.rshift(-1024, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.mul(3, 'ab'), operator.iadd(1, 2), operator.ipow(2, 5), operator.ifloordiv(9, 2))
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), (-2).to_bytes(2, 'little', signed=True), int('ff', base=16), int('  0b1_0  ', 0), int('Z', 36))
print(sum(range(101)), sum(range(0, 100, 3), start=1000), sum([2 ** 64, -(2 ** 64), 1]), min(range(5, 0, -1)), max(-3, -1, -2, key=abs))
print(pow(7, 0), pow(0, 5), pow(-1, 10 ** 6 + 1), pow(2, 0.5), pow(-27, 1 / 3) if False else '', pow(10, -2), pow(3, 4, -5), pow(-3, 4, 5))
print(abs(True), abs(-False), bin(-0), hex(-1), oct(-8), int(bin(-37), 2), int(hex(-255), 16), int(oct(-8), 8))
print(chr(65 + 25), ord('€'), hex(ord('€')), [c for c in range(0x41, 0x48)], bytes([65, 66]), bytearray(range(3)))
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(b'\x01', 'big', True)
except TypeError as e:
    print(type(e).__name__, e)
