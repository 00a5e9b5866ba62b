# email.header.Header: chunks in different charsets, encode() and str().
from email.header import Header, decode_header, make_header
from email.charset import Charset

h = Header('Hello', 'us-ascii')
h.append(' wörld', 'utf-8')
h.append('café', 'iso-8859-1')
print(h.encode())
print(repr(str(h)))
print(decode_header(h))
print(Header('Grüße', 'utf-8').encode())
print(Header('plain ascii text').encode())
long = Header('Ünïcödé ' * 10, 'utf-8', header_name='Subject')
print(long.encode())
print(Header('a' * 40 + ' ' + 'b' * 40 + ' ' + 'c' * 10, header_name='Subject').encode())
print(decode_header('=?iso-8859-1?q?caf=E9?= and =?utf-8?b?w6lsw6h2ZQ==?='))
print(str(make_header(decode_header('=?iso-8859-1?q?caf=E9?= and =?utf-8?b?w6lsw6h2ZQ==?='))))
print(decode_header('no encoding here'))
print(Header('x') == 'x', str(Charset('utf-8')), Charset('latin_1').input_charset)
