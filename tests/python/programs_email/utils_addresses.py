# parseaddr, formataddr and getaddresses on a realistic address list.
from email.utils import parseaddr, formataddr, getaddresses

samples = [
    'Alice Example <alice@example.com>',
    'bob@example.org',
    '"Doe, Jane" <jane.doe@example.net>',
    'carol@example.com (Carol C.)',
    '<bare@example.com>',
    'Dave <dave@[192.168.0.1]>',
    'not an address',
    '',
]
for s in samples:
    print(repr(s), '->', parseaddr(s))
pairs = [('Alice Example', 'alice@example.com'), ('Doe, Jane', 'jane@example.net'),
         ('', 'nobody@example.com'), ('Quote "Q" Person', 'q@example.com'), ('Zoë', 'zoe@example.com')]
for p in pairs:
    print(formataddr(p))
to = ['Alice <alice@example.com>, bob@example.org', '"Team: A" <team@example.com>']
cc = ['list: one@example.com, two@example.com;']
for name, addr in getaddresses(to + cc):
    print(repr(name), addr)
