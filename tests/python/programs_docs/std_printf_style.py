# Built-in types: printf-style string formatting, conversion flags and types table.
print('%(language)s has %(number)03d quote types.' % {'language': "Python", "number": 2})
for fmt in ('%d', '%i', '%o', '%#o', '%x', '%#x', '%X', '%#X', '%e', '%E', '%f', '%F', '%g', '%G', '%c', '%r', '%s', '%a', '%%'):
    try:
        arg = 65 if fmt != '%a' else 'é'
        print(fmt, '->', repr(fmt % arg) if fmt != '%%' else repr(fmt % ()))
    except TypeError as e:
        print(fmt, 'TypeError:', e)
for fmt in ('%5d|', '%-5d|', '%05d|', '%+d', '% d', '%+05d', '%.3d', '%5.1f', '%-8.3e|', '%#.0f', '%#g', '%.2s', '%*d', '%-*d|', '%.*f'):
    args = (42,) if '*' not in fmt else ((6, 42) if fmt != '%.*f' else (2, 3.14159))
    print(repr(fmt), repr(fmt % args))
print('%s %s' % ('a', 'b'), '%s' % ('tuple',), '%s' % [1, 2], '%s' % ((1, 2),), '%r' % 'q', '%(a)s%(a)s' % {'a': 'x'})
print('%d' % 3.99, '%x' % -255, '%o' % -8, '%e' % 0, '%g' % 1e-5, '%g' % 123456789, '%.0e' % 12345, '%c' % 'z', '%5s|%-5s|' % ('ab', 'cd'))
print('%f' % float('inf'), '%F' % float('nan'), '%d' % True, '%s' % None, '%.3g' % 0.0001234, '%10.4f|' % -3.14159)
for bad in [("%d", 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%c', 'ab'), ('%(k)s', 5), ('%', ()), ('%(k)s', {})]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print(b'%s and %b' % (b'x', b'y'), '%-+6d|' % 5, '%#5x|' % 255, "%(n)d %(n)x %(n)o" % {'n': 64})
