# multipart/alternative with plain and HTML bodies; get_body picks by preference.
from email.message import EmailMessage

msg = EmailMessage()
msg['Subject'] = 'Newsletter'
msg['From'] = 'news@example.com'
msg['To'] = 'reader@example.com'
msg.set_content('Plain version of the newsletter.\n')
msg.add_alternative('<html><body><p>HTML <b>version</b></p></body></html>\n', subtype='html')
msg.set_boundary('alt-001')
print(msg)
print(msg.get_body(('html', 'plain')).get_content_type())
print(msg.get_body(('plain', 'html')).get_content(), end='')
print(list(msg.iter_attachments()))
for part in msg.iter_parts():
    print(part.get_content_type(), part['Content-Transfer-Encoding'])
