# Extract attachments from a parsed message into a temporary directory.
import email
import os
import tempfile
from email import policy
from email.message import EmailMessage

src = EmailMessage()
src['Subject'] = 'Assets'
src.set_content('Three files attached.\n')
src.add_attachment(b'GIF89a\x01\x00\x01\x00', maintype='image', subtype='gif', filename='pixel.gif')
src.add_attachment('name,age\nann,30\n', subtype='csv', filename='people.csv')
src.add_attachment(b'PK\x03\x04zipdata', maintype='application', subtype='zip', filename='archive.zip')
src.set_boundary('assets')
wire = src.as_bytes()
msg = email.message_from_bytes(wire, policy=policy.default)
with tempfile.TemporaryDirectory() as d:
    for part in msg.iter_attachments():
        name = part.get_filename()
        payload = part.get_payload(decode=True)
        with open(os.path.join(d, name), 'wb') as f:
            f.write(payload)
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), 'rb') as f:
            print(name, f.read())
print(len(wire), wire.count(b'--assets'))
