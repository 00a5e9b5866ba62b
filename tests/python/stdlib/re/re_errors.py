# re.error messages and positions for common mistakes
import re

for bad in ['(a', 'a)', '*a', 'a**', r'\q', '[a', '(?P<1>x)', '(?P=nope)', r'(a)\2', 'a{3,1}',
            '(?P<n>a)(?P<n>b)', '+', '(?z)', 'x(?i)y', '[z-a]', '\\']:
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print(repr(bad), '->', e, '| msg:', e.msg, '| pos:', e.pos)
e = None
try:
    re.compile('(a\nb')
except re.error as err:
    e = err
print(e.lineno, e.colno, e)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.match('a', b'a')
except TypeError as err:
    print('TypeError:', err)
try:
    re.match(b'a', 'a')
except TypeError as err:
    print('TypeError:', err)
try:
    re.match('a', 5)
except TypeError as err:
    print('TypeError:', err)
