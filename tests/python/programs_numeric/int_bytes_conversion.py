# int.to_bytes / from_bytes with byte order and signedness.
for n in (0, 1, 255, 256, 65535, -1, -128, -129, 2 ** 64 - 1):
    for order in ('big', 'little'):
        for signed in (False, True):
            try:
                b = n.to_bytes(8 if abs(n) > 60000 else 2, order, signed=signed)
                print(n, order, signed, b, int.from_bytes(b, order, signed=signed))
            except OverflowError as e:
                print(n, order, signed, type(e).__name__, e)
print((1024).to_bytes(2), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (5).to_bytes())
print(int.from_bytes(b'\x00\x10'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'little'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(iter([255]), 'big', signed=True))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
            lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
            lambda: int.from_bytes(b'\x01', byteorder='huge'), lambda: (1).to_bytes(1, 'big', True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x01\x02', 'big')
print(type(r).__name__, r)
x = 0x1234567890abcdef
print(x.to_bytes(8, 'big').hex(), x.to_bytes(8, 'little').hex(' '), x.to_bytes(10, 'big').hex(':', 2))
print(int.from_bytes(bytes(range(16)), 'big'), (2 ** 127).to_bytes(16, 'big', signed=False)[0])
print((-(2 ** 127)).to_bytes(16, 'big', signed=True)[:2], int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
print(x.bit_length(), (x.bit_length() + 7) // 8, x.to_bytes((x.bit_length() + 7) // 8, 'big'))
print((3).as_integer_ratio(), (-3).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(int.is_integer(5) if hasattr(int, 'is_integer') else 'no is_integer on int in 3.11')
