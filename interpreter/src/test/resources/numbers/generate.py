#!/usr/bin/env python3
"""Write the number tables that the numbers unit tests compare Weft against, using real CPython.

Every table is a text file beside this script, one case a line, fields separated by a tab.
Doubles are written as their 16 hex digit IEEE bit pattern, strings that may hold white space as
the hex of their UTF-8 bytes, so that nothing needs escaping. A result that is an exception is
written as "!TypeName: message"; formatted results are hex too, as they may hold a newline.

Usage:
    python3 interpreter/src/test/resources/numbers/generate.py

The seed is fixed, so the tables only change when this script does. Never edit a table by hand.
"""
import math
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20240611)


def bits(x):
    return struct.pack('>d', x).hex()


def hexstr(s):
    return s.encode('utf-8').hex()


def outcome(f):
    try:
        return f()
    except Exception as e:  # the message is part of the contract
        return '!%s: %s' % (type(e).__name__, e)


def random_doubles(n):
    """Random bit patterns, random 'human' decimals, and the awkward values."""
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e16, 1e-5, 1e-4, 123456789012345.0,
           1e22, 1e23, 2e23, 8.41e21, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
           2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 9007199254740993.0, 0.5, 2.5, 2.675, 1.005,
           1e15, 1e17, 123.456, 1 / 3, 2 / 3, 100.0, 1e100, 1.5e300, 4.35, 0.001, 9.995,
           float('inf'), float('-inf'), float('nan'), 2.82879384806159e17, 1.0e-7,
           9.999999999999999e22, 5e-310, 4.9406564584124654e-324 * 3, 2 ** -1074 * 12345]
    while len(out) < n:
        kind = rnd.randrange(4)
        if kind == 0:
            x = struct.unpack('>d', rnd.getrandbits(64).to_bytes(8, 'big'))[0]
            if math.isnan(x):
                continue
        elif kind == 1:
            x = float('%de%d' % (rnd.randrange(1, 10 ** rnd.randrange(1, 18)), rnd.randrange(-30, 30)))
        elif kind == 2:
            x = rnd.uniform(-1000, 1000)
        else:
            x = rnd.randrange(-10 ** 6, 10 ** 6) / 10 ** rnd.randrange(0, 8)
        out.append(x)
    return out


def float_repr():
    return ['%s\t%s' % (bits(x), repr(x)) for x in random_doubles(2000)]


FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0', '.1', '.3', '.17', '.0e', '.3e',
               '.20e', '.0f', '.2f', '.10f', '.0g', '.1g', '.4g', '.12g', '.17g', '#g', '#.3g',
               '#.0f', '#.0e', '#', '#.2', '+', ' ', '-', '+.2f', ' .3e', 'z.1f', 'z', '+z.0f',
               '10', '<10', '>12.3f', '^15.2e', '*^15', '=+12.2f', '010.3f', '012', '0=12.1e',
               ',', ',.2f', '_.3f', ',.1e', '_', '20,.2f', '020,.2f', '015_.1f', ',g', ',%',
               '.2%', '10.1%', 'x^+20,.4g', '0<10.2f', '.1', '.5', '.15', '.16', 'd', 'x', 's',
               'c', ',d', '.2d', 'abc', '.', '=10']


def float_format():
    xs = random_doubles(60) + [-0.0001, -0.4, 1234567.891, -1234567.891, 1e6, 1e-6, 12345.5,
                               0.125, 0.375, 2.5, 3.5, 9.5, 0.05, 99.99, 999999.5]
    return ['%s\t%s\t%s' % (bits(x), hexstr(s), outcome(lambda: hexstr(format(x, s))))
            for x in xs for s in FLOAT_SPECS]


INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+', ' ', '-', '+d',
             ',', '_', ',d', '_d', '_b', '_x', '#_x', '#_b', '_o', '10', '<10', '^10', '>10',
             '=10', '010', '0=+10', '*^12,', '#010x', '+#012_b', '020,', '015_', 'e', 'E', 'f',
             'F', 'g', 'G', '%', '.2f', '.3e', '.2', ',.2f', 'z', '.2d', 's', ',x', ',c',
             '+c', '#c', 'abc', 'x<+#20_X', '=+#30,d', '0', '00', '012,d', '0>5', '05c']


def int_values():
    xs = [0, 1, -1, 7, -7, 10, 255, 1000, -1000, 65, 123456789, -123456789, 2 ** 31, 2 ** 63 - 1,
          -2 ** 63, 2 ** 64, -2 ** 100, 10 ** 30 + 7, 0x10FFFF, 0x110000, True, False]
    xs += [rnd.randrange(-10 ** rnd.randrange(1, 40), 10 ** rnd.randrange(1, 40)) for _ in range(20)]
    return xs


def int_format():
    return ['%r\t%s\t%s' % (v, hexstr(s), outcome(lambda: hexstr(format(v, s))))
            for v in int_values() for s in INT_SPECS]


PARSE_STRINGS = ['0', '1', '-1', '+1', '  -1_000 ', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F',
                 '0o17', '0b101', '0b', '0x', '0_1', '00', '000', '007', '0_0', '08', '1e5',
                 '1.5', '', ' ', 'x', 'ff', 'FF', 'z', 'Z', '123456789012345678901234567890',
                 '-0x_1f', '0x_1f', '0x__1f', '\t42\n', '\u0663\u0664', ' +0 ', '- 1', '--1',
                 '0b1_0', '99999999999999999999999', '9223372036854775807', '9223372036854775808',
                 '-9223372036854775808', '-9223372036854775809', '\u00a012\u2003', 'zz', '1 2']


def int_parse():
    lines = []
    for s in PARSE_STRINGS:
        for base in (10, 0, 2, 8, 16, 36, 7):
            lines.append('%s\t%d\t%s' % (hexstr(s), base, outcome(lambda: str(int(s, base)))))
    return lines


FLOAT_STRINGS = ['1', '1.5', ' -1.5 ', '1_0.5', '1__0', '_1', '1e5', '1E-5', '.5', '5.', '.',
                 'inf', '-inf', '+INF', 'Infinity', '-infinity', 'nan', '-NaN', 'nan(1)', 'x',
                 '', ' ', '1e', '1e+', '0x10', '1.5e308', '1e309', '-1e309', '1e-400', '1_e5',
                 '1e1_0', '1.0_1', '\t3.25\n', '\u0663.5', '4.9e-324', '2.4e-324', 'in f',
                 '00012', '1.7976931348623159e308', '0.1e-1_0']


def float_parse():
    def conv(s):
        return bits(float(s))
    return ['%s\t%s' % (hexstr(s), outcome(lambda: conv(s))) for s in FLOAT_STRINGS]


def float_round():
    lines = []
    xs = random_doubles(300) + [2.675, 1.005, 0.125, 0.375, 2.5, -2.5, 1e300, 5e-324, 123.456]
    for x in xs:
        if math.isinf(x) or math.isnan(x):
            continue
        for n in (0, 1, 2, 3, -1, -2, 5, 10, 17, 300, 400, -300, -400):
            lines.append('%s\t%d\t%s' % (bits(x), n, outcome(lambda: bits(round(x, n)))))
    return lines


def float_hex():
    lines = []
    for x in random_doubles(300):
        lines.append('%s\t%s' % (bits(x), x.hex()))
    return lines


FROMHEX = ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x1.fffffffffffff8p+1023', '0x1p-1074',
           '0x1p-1075', '0x1.8p-1074', '0x3p-1076', ' 0x1.0p+3 ', 'inf', '-Infinity', 'nan',
           '1.8', '0x.8', '0x8.', 'ff', 'x', '0x', '0x1p', '0x1g', '0X1P+2', '0x1p99999',
           '0x1p-99999', '0x0p0', '-0x0p0', '0x123456789abcdef0123p0', '0x1.0000000000000fp0',
           '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '']


def float_fromhex():
    return ['%s\t%s' % (hexstr(s), outcome(lambda: bits(float.fromhex(s)))) for s in FROMHEX]


COMPLEX_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 's', '.0', '.3', '.2f', '.0e',
                 '.3g', '#', '#.0f', '#g', '+', ' ', '-', '+.1f', ' .2e', 'z.1f', 'z', '20',
                 '<20', '^25', '*>30.2f', 'x^+30,.3f', ',', '_', ',.2f', '_.1e', '020', '0>20',
                 '=20', '020.2f', '.17g', '10.1', '+#.3G', 'abc', ',d']


def complex_values():
    xs = [0j, -0.0 + 0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, -1.5 - 2.25j,
          complex(1e20, -1e-20), complex(1234567.891, -7654321.5), complex(math.inf, math.nan),
          complex(-math.inf, 1), complex(math.nan, -math.inf), complex(3, 0), complex(0.5, 1e16),
          complex(-0.0001, 12345.678), complex(2.5, -0.0)]
    ds = random_doubles(40)
    xs += [complex(ds[i], ds[i + 1]) for i in range(0, 40, 2)]
    return xs


def complex_format():
    return ['%s\t%s\t%s\t%s' % (bits(z.real), bits(z.imag), hexstr(s),
                                 outcome(lambda: hexstr(format(z, s))))
            for z in complex_values() for s in COMPLEX_SPECS]


def int_bytes():
    """int.to_bytes(length, byteorder, signed=) and int.from_bytes(bytes, byteorder, signed=).

    Fields: 'to', value, length, byteorder, signed, result hex; or 'from', bytes hex,
    byteorder, signed, result. An empty length or byteorder means the argument is left out;
    byteorder and signed are passed by keyword."""
    lines = []
    values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 1024, -1024, 65535, 2 ** 63 - 1, -2 ** 63,
              2 ** 64, 2 ** 100, -2 ** 100, True]
    values += [rnd.randrange(-2 ** 80, 2 ** 80) for _ in range(10)]
    for v in values:
        for length in ('', 0, 1, 2, 8, 9, 13, 20, -1):
            for order in ('', 'big', 'little', 'middle'):
                for signed in (False, True):
                    def call():
                        args = [] if length == '' else [length]
                        kwargs = {'byteorder': order} if order else {}
                        return v.to_bytes(*args, signed=signed, **kwargs).hex()
                    lines.append('to\t%r\t%s\t%s\t%s\t%s' % (v, length, order, signed, outcome(call)))
    datas = [b'', b'\x00', b'\x01', b'\x7f', b'\x80', b'\xff', b'\xff\xfe', b'\x00\x10',
             b'\x80' * 9, b'\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11']
    datas += [bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 20))) for _ in range(8)]
    for data in datas:
        for order in ('', 'big', 'little', 'middle'):
            for signed in (False, True):
                def call():
                    kwargs = {'byteorder': order} if order else {}
                    return str(int.from_bytes(data, signed=signed, **kwargs))
                lines.append('from\t%s\t%s\t%s\t%s' % (data.hex(), order, signed, outcome(call)))
    return lines


TABLES = {
    'float_repr.txt': float_repr,
    'float_format.txt': float_format,
    'int_format.txt': int_format,
    'int_parse.txt': int_parse,
    'float_parse.txt': float_parse,
    'float_round.txt': float_round,
    'float_hex.txt': float_hex,
    'float_fromhex.txt': float_fromhex,
    'complex_format.txt': complex_format,
    'int_bytes.txt': int_bytes,
}


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('generate.py needs CPython 3.11, the version Weft follows')
    for name, make in TABLES.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
            for line in make():
                f.write(line + '\n')


if __name__ == '__main__':
    main()
