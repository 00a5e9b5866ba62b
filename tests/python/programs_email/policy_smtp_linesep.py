# The SMTP policy writes CRLF line endings; bytes output shows them.
from email.message import EmailMessage
from email import policy

msg = EmailMessage(policy=policy.SMTP)
msg['From'] = 'a@example.com'
msg['To'] = 'b@example.com'
msg['Subject'] = 'CRLF please'
msg.set_content('line one\nline two\n')
data = msg.as_bytes()
print(data)
print(data.count(b'\r\n'), b'\n\n' in data)
print(msg.as_string(policy=policy.default))
