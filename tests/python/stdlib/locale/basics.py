import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale())
print(locale.getpreferredencoding())
print(locale.LC_ALL != locale.LC_NUMERIC, isinstance(locale.LC_CTYPE, int))
print(locale.format_string('%d items, %.2f each', (3, 1.5)))
print(locale.format_string('%s', 'x'))
conv = locale.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), conv['grouping'])
print(locale.atof('2.5'), locale.atoi('42'), locale.str(1.25))
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'))
print(issubclass(locale.Error, Exception))
