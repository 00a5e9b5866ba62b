# Forwarding a message: MIMEMessage wraps it as message/rfc822.
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
import email

original = MIMEText('Original body\n')
original['Subject'] = 'Original'
original['From'] = 'orig@example.com'
fwd = MIMEMultipart(boundary='fwd-b')
fwd['Subject'] = 'Fwd: Original'
fwd.attach(MIMEText('See below.\n'))
fwd.attach(MIMEMessage(original))
text = fwd.as_string()
print(text)
parsed = email.message_from_string(text)
inner = parsed.get_payload(1)
print(inner.get_content_type(), inner.is_multipart())
print(inner.get_payload(0)['Subject'], repr(inner.get_payload(0).get_payload()))
print([p.get_content_type() for p in parsed.walk()])
try:
    MIMEMessage('not a message')
except TypeError as e:
    print('TypeError:', e)
try:
    MIMEText('x').attach(MIMEText('y'))
except Exception as e:
    print(type(e).__name__, e)
