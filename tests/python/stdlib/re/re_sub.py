# sub and subn with templates, group references and functions
import re

print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@example.com, ann@site.com'))
print(re.sub(r'(?P<user>\w+)@', r'<\g<user>>@', 'joe@x'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  '))
print(re.subn(r'a', 'A', 'banana'), re.subn(r'a', 'A', 'banana', count=2))
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'(a)(b)?', r'[\1|\2]', 'ab a'))
print(re.sub(r'\w+', r'\g<0>!', 'hi there'))
print(re.sub(r'(\d+)', r'\n\1\t', 'x12y'))
print(re.sub('a', r'\\', 'banana'))
print(re.compile(r'(?P<n>\d)').sub(r'\g<n>\g<1>', 'a1b2'))
m = re.search(r'(?P<a>\w) (?P<b>\w)', 'x y')
print(m.expand(r'\g<b> \g<a> \2\1'))
for bad in [r'\9', r'\g<9>', r'\g<name', r'\q', r'\g<>']:
    try:
        re.sub(r'(a)', bad, 'a')
    except re.error as e:
        print('re.error:', e)
    except IndexError as e:
        print('IndexError:', e)
try:
    re.sub(r'(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError:', e)
print(re.sub(r'(?m)^', '> ', 'line1\nline2'))
