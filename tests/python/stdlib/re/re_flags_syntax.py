# flags, inline flags, verbose mode and Python-specific syntax
import re

print(re.compile('a+'), re.compile('a+', re.I | re.M), re.compile(b'x'), re.compile('x', re.A))
print(re.I | re.M, re.I, re.X, re.compile('(?i)abc').flags, re.compile('x', re.S).flags)
print(re.match(r'(?i)hello', 'HeLLo'), re.match('.', '\n'), re.match('.', '\n', re.S))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M))
pat = re.compile(r'''
    (?P<area>\d{3})   # area code
    [-. ]?            # separator
    (?P<num>\d{4})    # number
    [ ]x              # a literal space in a class stays
''', re.VERBOSE)
print(pat.match('555-1234 x').groupdict())
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there').group())
print(re.search(r'end\Z', 'the end'), re.search(r'end\Z', 'the end\n'), re.search(r'end$', 'the end\n'))
print(re.search(r'\Aab', 'ab'), re.match(r'a{2,3}', 'aaaa'), re.match(r'a{,2}', 'aaa'), re.match(r'x{', 'x{'))
print(re.match(r'(?i:AB)c', 'abc'), re.match(r'(?i:AB)c', 'abC'))
print(re.findall(r'(?<=-)\w+', 'a-bc-de'), re.findall(r'\w+(?=!)', 'hi! yo'), re.findall(r'a(?!b)', 'ab ac'))
print(re.match(r'(?:ab)+', 'ababx'), re.match(r'(a)(?#comment)b', 'ab'))
print(re.match(r'[]a]+', ']a]'), re.match(r'[a-c[]+', 'b[a'), re.match(r'[\]]', ']'))
print(re.match(r'\x41\u0042\N{LATIN SMALL LETTER C}\101', 'ABcA'))
print(re.match(r'straße', 'STRASSE', re.I), re.match(r'ǅ', 'ǆ', re.I), re.match('é', 'É', re.I))
print(re.search(r'\w+', 'über'), re.search(r'\w+', 'über', re.ASCII))
print(re.purge())
