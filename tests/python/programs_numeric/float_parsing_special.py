# float() from strings: inf, nan, underscores, whitespace, errors.
strs = ['inf', '-inf', '+Infinity', 'INFINITY', 'nan', '-nan', 'NaN', '+nan', '1_000.5', '1e3', '1E-3', ' 3.25 ', '.5', '5.', '-.0',
        '1_0e1_0', '0x10', '1__0', '_1', '1_', 'infinit', 'nanx', '', ' ', '1e', 'e5', '١.٥', '1e400', '-1e400', '1e-400', '0.1e-323',
        '00012', '3.14159265358979323846264338327950288', '\u20031.5\u2003', '1.5j', 'in f']
for s in strs:
    try:
        f = float(s)
        print(repr(s), repr(f))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: float(None), lambda: float([1]), lambda: float(b'1.5'), lambda: float(bytearray(b'2')), lambda: float(10 ** 400), lambda: float('1' * 400),
            lambda: float(complex(1, 0))]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()), float(True), float(), float(-0))
import math
n = float('nan')
print(n == n, n != n, n is n, math.isnan(n), [n] == [n], n in [n], math.copysign(1, float('-nan')))
print(math.isinf(float('-inf')), float('inf') - float('inf'), float('inf') * 0, repr(-float('inf')), float('inf') > 10 ** 1000)
print(str(float('nan')), str(float('-inf')), repr(1e16), repr(1e15), repr(123456789012345678.0), repr(0.0001), repr(0.00001))
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex('0x1.fffffffffffffp+1023'))
for h in ['0x1p1024', 'zz', '0x.8', '1.', '0x1.8p', ' 0x10 ']:
    try:
        print(h, float.fromhex(h))
    except (ValueError, OverflowError) as e:
        print(h, type(e).__name__, e)
for x in [1.0, 0.5, -0.1, 1e-320, 3.0, float('inf'), float('nan'), 0.0, -0.0, 1e300]:
    print(repr(x), x.hex())
