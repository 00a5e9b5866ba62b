# re: the examples section (checking for a pair, phone book, text munging, findall adverbs, raw strings).
import re
import random

def displaymatch(match):
    if match is None:
        return None
    return '<Match: %r, groups=%r>' % (match.group(), match.groups())

valid = re.compile(r"^[a2-9tjqk]{5}$")
print(displaymatch(valid.match("akt5q")), displaymatch(valid.match("akt5e")),
      displaymatch(valid.match("akt")), displaymatch(valid.match("727ak")))
pair = re.compile(r".*(.).*\1")
print(displaymatch(pair.match("717ak")), displaymatch(pair.match("718ak")), displaymatch(pair.match("354aa")))
print(pair.match("717ak").group(1), pair.match("354aa").group(1))
try:
    re.match(r".*(.).*\1", "718ak").group(1)
except AttributeError as e:
    print('AttributeError:', e)

print(re.match("c", "abcdef"), re.search("c", "abcdef"))
print(re.match("X", "A\nB\nX", re.MULTILINE), re.search("^X", "A\nB\nX", re.MULTILINE))

text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""
entries = re.split("\n+", text)
print(entries)
print([re.split(":? ", entry, maxsplit=3) for entry in entries])
print([re.split(":? ", entry, maxsplit=4) for entry in entries][:2])

def repl(m):
    inner_word = list(m.group(2))
    random.shuffle(inner_word)
    return m.group(1) + "".join(inner_word) + m.group(3)
random.seed(7)
text = "Professor Abdolmalek, please report your absences promptly."
print(re.sub(r"(\w)(\w+)(\w)", repl, text))
print(re.sub(r"(\w)(\w+)(\w)", repl, text))

text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text))
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
print(re.match(r"\W(.)\1\W", " ff "), re.match("\\W(.)\\1\\W", " ff "))
print(re.match(r"\\", r"\\"), re.match("\\\\", r"\\"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[1], m[2])
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group('first_name'), m.group('last_name'), m.groupdict(), m.span(2), m.start(1))
m = re.match(r"(\d+)\.(\d+)", "24.1632")
print(m.groups())
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups('0'))
email = "tony@tiremove_thisger.net"
m = re.search("remove_this", email)
print(email[:m.start()] + email[m.end():])
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'), re.split(r'\b', 'Words, words, words.'), re.split(r'\W*', '...words...'))
print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
def dashrepl(matchobj):
    if matchobj.group(0) == '-': return ' '
    else: return '-'
print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'), re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE))
print(re.sub('x*', '-', 'abxd'), re.subn('(a)(b)?', r'\2\1', 'ab a'), re.sub(r'(?P<n>\d)', r'<\g<n>\g<0>>', 'a1b2'))
print(re.escape('https://www.python.org'), re.escape('1+1=2'), re.purge())
prog = re.compile(r'\d+', re.A)
print(prog.pattern, prog.flags == re.A | 0, prog.groups, prog.fullmatch('123'), prog.fullmatch('12a'))
print(re.fullmatch(r'p.*n', 'python'), re.compile(r'(?i)ab').match('AB').re.flags & re.I)
