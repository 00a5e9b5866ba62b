# Quoted-printable bodies: soft line breaks, trailing spaces, long lines.
from email import quoprimime, base64mime
from email.charset import Charset

texts = ['short', 'trailing space ', 'tab\t', 'x' * 100, '=' * 40, 'é' * 30,
         'line one\nline two\n', 'a' * 74 + ' b', '']
for t in texts:
    enc = quoprimime.body_encode(t.encode('utf-8').decode('latin-1'))
    print(repr(enc))
    print(repr(quoprimime.decode(enc).encode('latin-1').decode('utf-8')))
print(quoprimime.header_encode(b'hello world =?'), quoprimime.header_decode('hello_w=C3=B6rld'))
print(quoprimime.body_length(b'abc=\xff'), quoprimime.header_length(b'a b'))
print(base64mime.body_encode(b'x' * 100))
print(base64mime.header_encode('caf\xe9', 'iso-8859-1'), base64mime.decode('Y2Fmw6k='))
print(Charset('iso-8859-15').body_encode('price: 5 \u20ac'))
