# match, search, fullmatch and the Match object's accessors
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe, 42')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last'))
print(m.groups(), m.groupdict(), m.span(), m.span('last'), m.start(2), m.end(2))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string)
print(m[0], m['first'], m[2])
print(re.match(r'\d+', 'abc123'), re.search(r'\d+', 'abc123'))
print(re.fullmatch(r'[a-z]+\d*', 'abc123'), re.fullmatch(r'[a-z]+', 'abc123'))
m = re.search(r'(a)(b)?(c)', 'xac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.lastindex)
print(m.groupdict())
p = re.compile(r'o')
print(p.search('hello world', 5), p.search('hello world', 5, 7), p.match('hello', 4))
print(re.search(r'^lo', 'hello', re.M), re.compile('^lo').search('hello', 3))
m = re.search(r'(?P<k>\w+)=(?P<v>\w*)', 'key=')
print(m.groupdict(), m.groupdict('none'))
try:
    m.group(5)
except IndexError as e:
    print('IndexError:', e)
try:
    m.group('zz')
except IndexError as e:
    print('IndexError:', e)
print(bool(re.match('a', 'a')), re.match('', 'abc'))
