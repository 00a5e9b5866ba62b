# Regular Expression HOWTO: compiling, match/search, groups, splitting, sub with functions, VERBOSE, lookahead, greedy vs non-greedy.
import re
p = re.compile('[a-z]+')
print(p, p.match(""), p.match('tempo'))
m = p.match('tempo')
print(m.group(), m.start(), m.end(), m.span())
print(p.match('::: message'))
m = p.search('::: message')
print(m, m.group(), m.span())
p = re.compile(r'\d+')
print(p.findall('12 drummers drumming, 11 pipers piping, 10 lords a-leaping'))
iterator = p.finditer('12 drummers drumming, 11 ... 10 ...')
for match in iterator:
    print(match.span())
print(re.match(r'From\s+', 'Fromage amk'), re.match(r'From\s+', 'From amk Thu May 14 19:12:10 1998'))
charref = re.compile(r"""
 &[#]                # Start of a numeric entity reference
 (
     0[0-7]+         # Octal form
   | [0-9]+          # Decimal form
   | x[0-9a-fA-F]+   # Hexadecimal form
 )
 ;                   # Trailing semicolon
""", re.VERBOSE)
print([m.group(1) for m in charref.finditer('&#x41; &#65; &#0101; &#bad;')])
p = re.compile('(ab)*')
print(p.match('ababababab').span())
p = re.compile('(a)b')
m = p.match('ab')
print(m.group(), m.group(0), m.group(1))
p = re.compile('(a(b)c)d')
m = p.match('abcd')
print(m.group(0), m.group(1), m.group(2), m.group(2, 1, 2), m.groups())
p = re.compile(r'\b(\w+)\s+\1\b')
print(p.search('Paris in the the spring').group())
m = re.match("([abc])+", "abc")
print(m.groups())
m = re.match("(?:[abc])+", "abc")
print(m.groups())
p = re.compile(r'(?P<word>\b\w+\b)')
m = p.search('(((( Lots of punctuation )))')
print(m.group('word'), m.group(1))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.groupdict())
InternalDate = re.compile(r'INTERNALDATE "'
        r'(?P<day>[ 123][0-9])-(?P<mon>[A-Z][a-z][a-z])-'
        r'(?P<year>[0-9][0-9][0-9][0-9])'
        r' (?P<hour>[0-9][0-9]):(?P<min>[0-9][0-9]):(?P<sec>[0-9][0-9])'
        r' (?P<zonen>[-+])(?P<zoneh>[0-9][0-9])(?P<zonem>[0-9][0-9])'
        r'"')
print(InternalDate.match('INTERNALDATE " 7-Mar-2024 09:05:33 +0100"').groupdict())
p = re.compile(r'\b(?P<word>\w+)\s+(?P=word)\b')
print(p.search('Paris in the the spring').group())
files = ['foo.bar', 'autoexec.bat', 'sendmail.cf', 'printers.conf', 'x.exe', 'y.batch']
print([f for f in files if re.match(r'.*[.](?!bat$)[^.]*$', f)])
print([f for f in files if re.match(r'.*[.](?!bat$|exe$)[^.]*$', f)])
p = re.compile(r'\W+')
print(p.split('This is a test, short and sweet, of split().'), p.split('This is a test, short and sweet, of split().', 3))
p2 = re.compile(r'(\W+)')
print(p2.split('This... is a test.'), re.split(r'[\W]+', 'Words, words, words.'), re.split('([\W]+)', 'Words, words, words.'), re.split('[\W]+', 'Words, words, words.', 1))
p = re.compile('(blue|white|red)')
print(p.sub('colour', 'blue socks and red shoes'), p.sub('colour', 'blue socks and red shoes', count=1), p.subn('colour', 'blue socks and red shoes'), p.subn('colour', 'no colours at all'))
p = re.compile('x*')
print(p.sub('-', 'abxd'))
p = re.compile(r'section{ ( [^}]* ) }', re.VERBOSE)
print(p.sub(r'subsection{\1}', 'section{First} section{second}'))
p = re.compile('section{ (?P<name> [^}]* ) }', re.VERBOSE)
print(p.sub(r'subsection{\1}', 'section{First}'), p.sub(r'subsection{\g<1>}', 'section{First}'), p.sub(r'subsection{\g<name>}', 'section{First}'))
def hexrepl(match):
    value = int(match.group())
    return hex(value)
p = re.compile(r'\d+')
print(p.sub(hexrepl, 'Call 65490 for printing, 49152 for user code.'))
print(re.sub('(?i)b+', 'x', 'bbbb BBBB'), re.sub('b+', 'x', 'bbbb BBBB', flags=re.I))
s = '<html><head><title>Title</title>'
print(len(s), re.match('<.*>', s).span(), re.match('<.*>', s).group(), re.match('<.*?>', s).group())
print(re.match('a{3,5}', 'aaaaaaa').group(), re.match('a{3,5}?', 'aaaaaaa').group(), re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None)
print(re.search('^From', 'From Here to Eternity'), re.search('^From', 'Reciting From Memory'), re.search('}$', '{block}'), re.search('}$', '{block} '), re.search('}$', '{block}\n'))
p = re.compile(r'\bclass\b')
print(p.search('no class at all'), p.search('the declassified algorithm'), p.search('one subclass is'))
print(re.compile('\b' + 'class' + '\b').search('no class at all'), re.compile('\\bclass\\b').search('no class at all'))
p = re.compile('ab*', re.IGNORECASE)
print(p.pattern, p.flags, p.groups, p.groupindex, re.compile(r'(?P<a>x)(y)').groupindex)
