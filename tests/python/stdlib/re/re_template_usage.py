# typical text-processing uses: tokenizing, parsing log lines, validating
import re

TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=]))')

def tokenize(s):
    pos = 0
    out = []
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError('bad char at %d' % pos)
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out

print(tokenize('x = 3.5 * (y + 12)'))
LOG = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<date>[^\]]+)\] "(?P<method>GET|POST) (?P<path>\S+)')
line = '10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /index.html HTTP/1.0" 200'
print(LOG.match(line).groupdict())
EMAIL = re.compile(r'^[\w.+-]+@[\w-]+\.[\w.]+$')
for s in ['a@b.co', 'bad@', 'x.y+z@ex-ample.org']:
    print(s, bool(EMAIL.match(s)))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseName').lower())
print(re.findall(r'"([^"]*)"', 'say "hi" and "bye"'))
words = re.findall(r"[a-z']+", "It's the end of the world as we know it".lower())
print(words, len(words))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'the quick brown fox'))
