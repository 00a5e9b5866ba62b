# set_payload with a charset adds MIME-Version, charset and the transfer encoding.
from email.message import Message
from email.charset import Charset, QP

for cs in ('us-ascii', 'utf-8', 'iso-8859-1', 'koi8-r'):
    m = Message()
    text = {'koi8-r': 'Привет', 'us-ascii': 'hello'}.get(cs, 'Grüße, café')
    m.set_payload(text, cs)
    print(cs)
    print(m.as_string())
    print(m.get_payload(decode=True))
    print(m.get_charset(), m.get_content_charset())
c = Charset('utf-8')
print(c.header_encoding, c.body_encoding, c.output_charset, c.get_body_encoding())
print(c.header_encode('Grüße'), c.body_encode('Grüße'))
q = Charset('iso-8859-1')
print(q.get_body_encoding(), q.header_encode('café'), q.body_encode('café = ok'))
print(Charset('ascii'), Charset('ascii').get_body_encoding().__name__)
