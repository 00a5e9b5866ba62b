# Float format specs: g with precision, e, %, grouping, n, #g, alignment and sign.
vals = [0.0, -0.0, 1.0, 0.5, 1234.5678, -1234.5678, 1e-7, 123456789.0, 1e16, 2.5e-5, float('inf'), float('nan'), 100.0, 0.000123]
specs = ['g', '.3g', '.10g', '#g', '#.3g', 'e', '.2e', 'E', '.0e', '#.0e', '%', '.1%', ',', ',.2f', '_.3f', '+.2f', ' .2f', '=+12.2f',
         '012.3f', '^14.4g', '<10', '>10.1f', '*^15,.1f', 'n', '.4n', 'F', '.0f', '#.0f', 'G', '.1G', '010.2e', '-8.3f', 'z.1f', '.15g', '.17g', '']
for spec in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ERR:' + str(e))
    print(f"{spec!r:>10}: " + ' | '.join(out))
for bad in ['d', 'x', ',,', '.2,f', 'b', 'c', '=s', '+s']:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(f"{3.14159:{'>'}{12}.{3}f}|", f"{2/3:.{5}}", f"{1e6:,}", f"{12345.6789:_}", f"{-1e-10:.3}")
print('%5.2f|%-8.3e|%g|%G|%10.4g|%+.0f|%#.0f|%% |%.3s' % (3.14159, 12345.678, 1e-5, 1e-20, 2 / 3, 2.5, 3.0, 'abcdef'))
print('%r %s %a' % (0.1, 0.1, 1e300), '%i %d' % (3.9, -3.9), '%x %o' % (255, 8))
try:
    print('%x' % 3.5)
except TypeError as e:
    print(type(e).__name__, e)
print('{:.2f} {:>8.3%} {:e}'.format(1 / 7, 1 / 7, 1 / 7), '{0:g} {0:.0g} {0:#.0g}'.format(0.0001))
