import locale

print(locale.setlocale(locale.LC_NUMERIC, 'C'))
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(locale.LC_NUMERIC))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError:', e)
try:
    locale.setlocale('x')
except TypeError as e:
    print('TypeError')
for name in ('LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_MESSAGES', 'LC_NUMERIC', 'LC_ALL'):
    print(name, hasattr(locale, name))
print(locale.CHAR_MAX)
