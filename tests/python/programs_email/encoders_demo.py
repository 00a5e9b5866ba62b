# email.encoders on MIMEBase parts.
from email.mime.base import MIMEBase
from email import encoders

data = bytes(range(0, 256, 5))
for fn in (encoders.encode_base64, encoders.encode_quopri, encoders.encode_7or8bit, encoders.encode_noop):
    part = MIMEBase('application', 'octet-stream')
    part.set_payload(data if fn is not encoders.encode_7or8bit else b'plain ascii')
    fn(part)
    print(fn.__name__)
    print(part.as_string())
    print(part.get_payload(decode=True) == (data if fn is not encoders.encode_7or8bit else b'plain ascii'))
eight = MIMEBase('text', 'plain')
eight.set_payload('h\xe9llo'.encode('latin-1'))
encoders.encode_7or8bit(eight)
print(eight['Content-Transfer-Encoding'])
