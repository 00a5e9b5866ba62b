# Address headers fold like CPython: mailboxes whole, display names encoded word by word.
from email.message import EmailMessage
from email.headerregistry import Address, Group
tests = [
 '"Doe, Jöhn" <j@x.com>',
 '"Doe, John" <j@x.com>, ' + ', '.join('"Person, Number %d" <p%d@example.com>' % (i, i) for i in range(4)),
 'Ünïcödé Person With A Very Long Name That Goes On And On Forever <longname@example.com>',
 ', '.join('ü%d <u%d@example.com>' % (i, i) for i in range(8)),
 'Team Ü: a@example.com, Bö <b@example.com>;, c@example.com',
 'averyveryveryveryveryveryveryveryveryveryveryveryveryverylonglocalpart@example.com, x@y.z',
 '=?utf-8?q?J=C3=B6hn?= <j@x.com>',
 'plain@example.com (comment here)',
]
for t in tests:
    e = EmailMessage(); e['To'] = t
    print(e.as_string(), end=''); print(repr(str(e['To'])))
e = EmailMessage(); e['To'] = Group('Ünïcode Group', [Address('Ä', 'a', 'x.org'), Address('B', 'b', 'x.org')]); print(e.as_string())
e = EmailMessage(); e['Subject'] = 'ascii words then ' + 'ü' * 80 + ' tail words here'; print(e.as_string())
e = EmailMessage(); e['Subject'] = 'x' * 70 + ' ' + 'y' * 70 + ' ' + 'zzz'; print(e.as_string())
e = EmailMessage(); e['Subject'] = ''; e['X'] = '   '; print(e.as_string())
e = EmailMessage(); e['Subject'] = 'trailing space ü '; print(e.as_string())
e = EmailMessage(); e['Subject'] = 'a\tb  c'; print(e.as_string())
