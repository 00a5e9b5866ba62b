# Generator and BytesGenerator: mangle_from_, maxheaderlen, unixfrom, linesep.
import io
import email
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email import policy

raw = ("From nobody Thu Jan  1 00:00:00 1970\n"
       "Subject: a long subject line that is going to need folding at some point soon\n"
       "To: someone@example.com\n\nFrom here on it is the body.\n>From quoted.\n")
msg = email.message_from_string(raw)
for kwargs in ({}, {'mangle_from_': False}, {'maxheaderlen': 40}, {'maxheaderlen': 0}):
    out = io.StringIO()
    Generator(out, **kwargs).flatten(msg)
    print(kwargs)
    print(out.getvalue())
out = io.StringIO()
Generator(out, mangle_from_=False).flatten(msg, unixfrom=True, linesep='\r\n')
print(repr(out.getvalue()))
b = io.BytesIO()
BytesGenerator(b, policy=policy.SMTP).flatten(msg)
print(b.getvalue())
d = io.StringIO()
mp = email.message_from_string('Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\ntext part\n--b\nContent-Type: image/gif\nContent-Disposition: attachment; filename="a.gif"\n\nR0lG\n--b--\n')
DecodedGenerator(d).flatten(mp)
print(d.getvalue())
