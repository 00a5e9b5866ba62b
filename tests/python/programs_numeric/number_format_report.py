# A report mixing str.format, f-strings and % with numeric specs, padding and alignment.
rows = [('widget', 4, 3.5), ('gadget', 12, 19.99), ('doohickey', 1, 1234.5), ('thingamajig', 250, 0.045), ('whatsit', 0, -7.25)]
print('{:<12}|{:>5}|{:>10}|{:>12}'.format('item', 'qty', 'price', 'total'))
print('-' * 42)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print('{:<12}|{:>5d}|{:>10.2f}|{:>12,.2f}'.format(name[:12], qty, price, total))
print('=' * 42)
print('{:<12}|{:>5}|{:>10}|{:>12,.2f}'.format('TOTAL', sum(r[1] for r in rows), '', grand))
print(f"{'share':<12}" + ''.join(f"{r[1] / sum(x[1] for x in rows):>8.1%}" for r in rows))
for name, qty, price in rows:
    print('%-12s %5d %10.3f %+.2e %g' % (name, qty, price, price, price))
print(f"{1234567.891:_.2f} {1234567.891:,.0f} {0.000123456:.2e} {123456789:e} {-0.5:+.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{42:#06x} {42:#o} {42:b} {-42:08d} {42:^9d}| {3.14159:^12.3f}| {'x':*^7}")
for n in (0, 1, 12, 123, 1234, 12345, 123456, 1234567, 12345678, -9876543):
    print(f"{n:>12,} {n:>12_} {n:>+12} {n / 7:>14.4f} {n / 7:>14.4g} {n:>10.3e}")
table = [[i * j for j in range(1, 10)] for i in range(1, 10)]
for row in table:
    print(' '.join(f'{v:2d}' for v in row))
print('{0:.{1}f}|{0:{2}.{1}f}|{0:<{2}}|'.format(3.14159, 3, 10))
print('{:=^30}'.format(' END '), '{!r:>10}'.format(1.0), '{:>10}'.format(str(1e-7)), format(float('nan'), '>8'), format(float('-inf'), '^10'))
