# findall's group rules, finditer, empty matches
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c3'))
print(re.findall(r'(\w)\d', 'a1 b2 c3'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b\w', 'hello big world'))
for m in re.finditer(r'(?P<word>[A-Z]\w*)', 'Alice met Bob and Carol'):
    print(m.start(), m.end(), m.group('word'), m)
print([m.span() for m in re.finditer(r'a*', 'baaac')])
p = re.compile(r'\w+')
print(p.findall('one two three', 4), p.findall('one two three', 4, 9))
print(re.findall(r'(?i)ab', 'AB ab Ab aB'))
print(re.findall(r'[^\W\d_]+', 'été 42 naïve_x'))
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.ASCII))
print(re.findall(r'(\d+)-(\d+)?', '1-2 3- 4-5'))
