# Parse a nested multipart message and walk its tree.
import email
from email import policy
from email.iterators import _structure

raw = """MIME-Version: 1.0
From: sender@example.com
Subject: Nested
Content-Type: multipart/mixed; boundary="outer"

This is the preamble.
--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="us-ascii"

Plain body
--inner
Content-Type: text/html; charset="us-ascii"

<p>HTML body</p>
--inner--
--outer
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="dot.png"

iVBORw0KGgo=
--outer--
The epilogue.
"""
msg = email.message_from_string(raw, policy=policy.default)
_structure(msg)
print(repr(msg.preamble), repr(msg.epilogue))
for part in msg.walk():
    print(part.get_content_type(), part.get_content_disposition(), part.get_filename())
img = next(msg.iter_attachments())
print(img.get_content())
print(msg.get_body().get_content_type())
print(msg.as_string() == raw)
