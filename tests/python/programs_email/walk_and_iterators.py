# email.iterators helpers over a parsed multipart.
import email
from email.iterators import body_line_iterator, typed_subpart_iterator, _structure
import io

raw = """Content-Type: multipart/mixed; boundary="X"

--X
Content-Type: text/plain

first line
second line
--X
Content-Type: text/html

<p>html</p>
--X
Content-Type: application/json

{"a": 1}
--X--
"""
m = email.message_from_string(raw)
print([line for line in body_line_iterator(m)])
print([p.get_content_type() for p in typed_subpart_iterator(m)])
print([p.get_content_type() for p in typed_subpart_iterator(m, 'text', 'html')])
print([p.get_content_type() for p in typed_subpart_iterator(m, 'application')])
buf = io.StringIO()
_structure(m, buf, include_default=True)
print(buf.getvalue())
print(m.get_charsets(), m.get_charsets('n/a'))
