# What an SMTP client would send: CRLF bytes, dot-stuffing left to the caller.
from email.message import EmailMessage
from email import policy

msg = EmailMessage(policy=policy.SMTP)
msg['From'] = 'sender@example.com'
msg['To'] = 'one@example.com, two@example.com'
msg['Subject'] = 'Über-long subject with some unicode ' + 'ü' * 30
msg.set_content('Line\n.starts with a dot\nEnd\n')
wire = msg.as_bytes()
for line in wire.split(b'\r\n'):
    print(line)
recipients = [a.addr_spec for a in msg['To'].addresses]
print(recipients)
stuffed = b'\r\n'.join(b'.' + l if l.startswith(b'.') else l for l in wire.split(b'\r\n'))
print(stuffed.count(b'..starts'))
