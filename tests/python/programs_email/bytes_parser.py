# BytesParser and message_from_bytes keep 8-bit bodies intact.
import email
from email.parser import BytesParser, BytesHeaderParser
from email import policy

raw = ('Subject: Bytes\r\nContent-Type: text/plain; charset="utf-8"\r\n'
       'Content-Transfer-Encoding: 8bit\r\n\r\nGr\u00fc\u00dfe aus K\u00f6ln\r\n').encode('utf-8')
m = email.message_from_bytes(raw)
print(m['subject'], repr(m.get_payload(decode=True)))
print(m.get_payload(decode=True).decode('utf-8'))
print(repr(m.get_payload()))
print(m.as_bytes() == raw)
m2 = BytesParser(policy=policy.default).parsebytes(raw)
print(m2.get_content(), end='')
print(m2.as_bytes())
h = BytesHeaderParser().parsebytes(raw)
print(h.items(), repr(h.get_payload()))
import io
m3 = BytesParser().parse(io.BytesIO(raw), headersonly=True)
print(m3['content-type'], m3.is_multipart())
