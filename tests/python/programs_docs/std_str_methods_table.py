# Built-in types: string methods with the documented examples (casefold, expandtabs, partition, splitlines, title, translate).
print('ß'.casefold(), 'ß'.lower(), 'Straße'.upper(), 'ǅ'.title(), 'ﬁ'.upper())
print('01\t012\t0123\t01234'.expandtabs(), '01\t012\t0123\t01234'.expandtabs(4), repr('a\tb\nc\td'.expandtabs(3)))
print('{} {}'.format('a', 1), 'The sum of 1 + 2 is {0}'.format(1+2), '%(x)s-%(y)s' % {'x': 1, 'y': 2})
print('Python'.center(12, '*'), 'Python'.ljust(10, '.'), 'Python'.rjust(3), 'abc'.count(''), 'aaaa'.count('aa'))
print('spam.egg.py'.endswith(('.py', '.txt')), 'spam'.startswith('pa', 1), 'spam'.find('z'), 'spam'.rfind('a'))
try:
    'spam'.index('z')
except ValueError as e:
    print('ValueError:', e)
print('Py' in 'Python', 'www.example.com'.strip('cmowz.'), '   spacious   '.lstrip(), 'Arthur: three!'.lstrip('Arthur: '))
print('Arthur: three!'.removeprefix('Arthur: '), 'MiscTests'.removesuffix('Tests'), 'TmpDirMixin'.removesuffix('Tests'))
print('mississippi'.rstrip('ipz'), 'Monty Python'.removesuffix(' Python'), '#......Section 3.2.1 Issue #32......'.strip('.#! '))
print('1,2,3'.split(','), '1,2,3'.split(',', maxsplit=1), '1,2,,3,'.split(','), '1 2 3'.split(), '1 2 3'.split(maxsplit=1), '   1   2   3   '.split())
print('a,b,c'.rsplit(',', 1), ''.split(), ''.split(','), 'a'.split('a'))
print('ab c\n\nde fg\rkl\r\n'.splitlines(), 'ab c\n\nde fg\rkl\r\n'.splitlines(keepends=True), ''.splitlines(), 'One line\n'.splitlines())
print(''.split('\n'), 'Two lines\n'.split('\n'), 'a\x0bb\x1cc\u2028d'.splitlines())
print('Hello world'.title(), "they're bill's friends from the UK".title(), 'hello world'.capitalize(), 'Hello World'.swapcase())
import re
def titlecase(s):
    return re.sub(r"[A-Za-z]+('[A-Za-z]+)?", lambda mo: mo.group(0).capitalize(), s)
print(titlecase("they're bill's friends."))
print('abc'.partition('b'), 'abc'.partition('x'), 'a.b.c'.rpartition('.'), 'abc'.rpartition('x'))
table = str.maketrans('abc', 'xyz', 'd')
print('abcd-bad'.translate(table), table, 'read this short text'.translate({ord('a'): None, ord('e'): 'E'}))
print(str.maketrans({'a': '1', 'b': None}), 'ab'.translate(str.maketrans({'a': '1', 'b': None})))
print('-'.join(['a', 'b']), ''.join([]), 'x'.join('abc'), 'ab'.zfill(5), '+12'.zfill(6), '42'.zfill(1))
try:
    ''.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
print('ABC'.isupper(), 'abc1'.islower(), 'Title Case'.istitle(), '123'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal())
print('abc'.isalpha(), 'abc1'.isalnum(), ' \t\n'.isspace(), ''.isspace(), 'a_b1'.isidentifier(), '1a'.isidentifier(), 'def'.isidentifier())
print('abc'.isascii(), 'é'.isascii(), '\x7f'.isprintable(), 'a b'.isprintable(), ''.isprintable())
print('The number {0:,} in hex is: {0:#x}. The date is {1}'.format(1234567, '2024-01-01'))
print('{:>{w}}|'.format('r', w=5), 'abc'.format_map({}), '{x}'.format_map({'x': 1}))
class Default(dict):
    def __missing__(self, key):
        return key
print('{name} was born in {country}'.format_map(Default(name='Guido')))
print('a' * 3, 'a' < 'b', 'Z' < 'a', 'ab' < 'abc', 'é'.encode(), 'é'.encode('latin-1'), b'\xc3\xa9'.decode())
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('é'.encode('ascii', 'replace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'), 'é'.encode('ascii', 'ignore'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'), str(b'ab', 'ascii'), str(b'ab'))
