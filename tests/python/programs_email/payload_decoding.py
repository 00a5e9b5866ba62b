# get_payload(decode=True) undoes base64, quoted-printable and uuencode.
from email.message import Message

def make(cte, payload):
    m = Message()
    m['Content-Type'] = 'text/plain; charset="utf-8"'
    if cte:
        m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m

cases = [
    (None, 'plain text\n'),
    ('7bit', 'seven bit\n'),
    ('base64', 'aGVsbG8gd29ybGQK\n'),
    ('base64', 'aGVsbG8gd29ybGQ'),
    ('quoted-printable', 'caf=C3=A9 =3D soft=\n break\n'),
    ('x-uuencode', 'begin 644 f.txt\n%:&5L;&\\*\n`\nend\n'),
]
for cte, payload in cases:
    m = make(cte, payload)
    print(cte, repr(m.get_payload()), m.get_payload(decode=True))
multi = Message()
multi.attach(make(None, 'a'))
print(multi.get_payload(decode=True), multi.is_multipart(), len(multi.get_payload()))
print(multi.get_payload(0).get_payload())
try:
    make(None, 'x').get_payload(0)
except TypeError as e:
    print('TypeError:', e)
