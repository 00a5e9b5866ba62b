# Assorted header behaviours: dates, empty and odd values, parsing from files, content decoding.
import email, io, datetime, os, tempfile
MSG = os.path.join(tempfile.mkdtemp(), "msg.eml")
from email import policy
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.headerregistry import Address
m = MIMEMultipart(boundary='B')
m['Subject'] = 'Grüße from the café with a long subject line that goes past seventy eight chars'
m['From'] = 'Zoë <z@x.com>'
m.attach(MIMEText('x'))
print(m)
print(m.as_string(policy=policy.SMTP).encode())
e = EmailMessage()
e['Date'] = datetime.datetime(2024, 1, 2, 3, 4, 5)
e['X-Date'] = 'garbage'
e['Resent-Date'] = 'garbage'
print(e['date'], e['Resent-Date'], e['Resent-Date'].datetime, e['Resent-Date'].defects)
e['To'] = [Address('Jürgen Müller-Lüdenscheidt', 'juergen', 'example.de'), Address('Ægir Ørn Åsgård', 'aegir', 'example.no'), Address('Plain Name', 'plain', 'example.com')]
e['Cc'] = 'undisclosed-recipients:;'
e['Bcc'] = ''
e['Subject'] = '=?utf-8?q?already_encoded_=C3=A9?='
e['Keywords'] = 'a,b,c'
e['X-Spaces'] = '  leading and trailing  '
print(e.as_string())
print(repr(e['Subject']), repr(e['X-Spaces']), repr(e['bcc']), e['bcc'].addresses)
print(e.get('missing'), e['missing'], e.get('missing', 'dflt'), len(e))
t = MIMEText('body', policy=policy.default)
t['To'] = 'a@b.c'
print(type(t['To']).__name__, t.as_string())
with open(MSG, 'w') as f: f.write('Subject: from file\n\nbody\n')
with open(MSG) as f: print(email.message_from_file(f)['subject'])
with open(MSG, 'rb') as f: print(email.message_from_binary_file(f, policy=policy.default)['subject'])
p = email.message_from_string('Content-Type: application/json\nContent-Transfer-Encoding: base64\n\neyJhIjogMX0=\n', policy=policy.default)
print(p.get_content())
p = email.message_from_string('Content-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9\n', policy=policy.default)
print(p.get_content(), p.get_content_charset())
x = EmailMessage(); x.set_content('a' * 100 + '\n'); print(x)
x = EmailMessage(); x.set_content('ü' * 100 + '\n'); print(x)
x = EmailMessage(); x.set_content(('line %d ü\n' % 1) * 12); print(x)
print(email.message_from_string('Subject: x\n\n').get_payload() == '')
m = Message(); m.set_payload('héllo', 'utf-8'); print(m.as_string()); print(str(m['Content-Type']))
print(Message().as_string(), repr(Message().get_payload()))
