# escape, bytes patterns, Pattern attributes, cache and equality
import re

print(re.escape('a.b*c?d[e]f'), re.escape('hello world'), re.escape(b'1+1=2'), re.escape('tab\there'))
p = re.compile(r'(?P<x>\d+)(?P<y>[a-z])?')
print(p.pattern, p.flags, p.groups, p.groupindex)
print(p == re.compile(r'(?P<x>\d+)(?P<y>[a-z])?'), re.compile('a') is re.compile('a'))
print(re.compile(p) is p)
b = re.compile(rb'(\d+)-(\w+)')
m = b.search(b'id 12-ab!')
print(m, m.group(1), m.groups(), b.findall(b'1-a 2-b'), b.sub(rb'\2=\1', b'3-c'))
print(re.split(rb',', b'a,b'), re.match(rb'\w+', b'caf\xe9'))
print(re.compile('x' * 3, re.IGNORECASE | re.DOTALL))
print(re.compile(r'\d').match('5').re)
print(re.sub('(?P<a>.)', lambda m: m.lastgroup, 'xy'))
print(re.search(r'(a|b)+', 'abab').group(1), re.search(r'(a)|(b)', 'b').lastindex)
print(re.compile('é', re.I).search('É').span(), re.search('😀(.)', 'a😀bc').span(1))
print(re.findall(r'.', 'a😀b'), re.sub('😀', '!', 'x😀y😀'))
print([m.span() for m in re.finditer(r'\w', 'a😀b c')])
