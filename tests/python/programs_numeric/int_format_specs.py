# Integer format specs: bases, grouping, sign, padding, c, n, and errors.
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 40, True]
specs = ['d', '5d', '<5d', '^7d', '+d', ' d', '-d', '05d', '=+8d', ',', '_', ',d', '_x', '_b', 'x', 'X', '#x', '#X', '#o', 'o', 'b', '#b',
         '#010b', '08x', 'n', 'c', 'e', '.2f', '%', '.1%', 'g', 'G', '', '*>10,', '#_o']
for spec in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append('ERR:' + type(e).__name__ + ':' + str(e))
    print(f"{spec!r:>8}: " + ' | '.join(out))
for bad in ['.2d', ',x', ',b', 's', 'z', ',_', '_,', '.0c', '+c', '=']:
    try:
        print(bad, repr(format(65, bad)))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(format(10 ** 30, ','), format(-10 ** 30, '_d'), format(2 ** 64, '#_X'), format(-1, '#x'), format(-0, '+d'))
print('%05d|%-5d|%+d|% d|%x|%X|%#x|%#o|%o|%c|%5s|%-5s|' % (42, 42, 42, 42, 255, 255, 255, 8, 8, 65, 'ab', 'ab'))
print('%d%%' % 50, '%(a)d-%(b)s' % {'a': 1, 'b': 'two'}, '%*d|%-*d|' % (6, 42, 6, 42), '%.3d' % 7)
try:
    print('%c' % 0x110000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print('%d' % 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%d %d' % (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(f'{255:#x}', f'{255:{"#"}{"x"}}', f'{-3:{"^"}{9}}', f'{12:>{4}}|')
