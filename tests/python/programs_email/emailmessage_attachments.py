# EmailMessage with attachments, iterated back with iter_attachments().
from email.message import EmailMessage

msg = EmailMessage()
msg['Subject'] = 'Files'
msg['From'] = 'a@example.com'
msg['To'] = 'b@example.com'
msg.set_content('See the attached files.\n')
msg.add_attachment(b'col1,col2\n1,2\n', maintype='text', subtype='csv', filename='data.csv')
msg.add_attachment(bytes(range(32)), maintype='application', subtype='octet-stream', filename='blob.bin')
msg.add_attachment('notes in text\n', filename='notes.txt')
msg.set_boundary('attach-boundary')
print(msg.as_string())
for part in msg.iter_attachments():
    print(part.get_filename(), part.get_content_type(), part.is_attachment(), len(part.get_content()))
print(msg.get_body(preferencelist=('plain',)).get_content(), end='')
print(msg.is_multipart(), msg.get_content_type())
