# More EmailMessage/Message behaviours: empty messages, SMTP policy str(), factories, set_content options.
import email
from email import policy
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.charset import Charset
from email.utils import formataddr
m = EmailMessage(); m.make_mixed()
try: m.get_content()
except KeyError as e: print('KeyError', e)
print(repr(EmailMessage().as_string()), repr(str(Message())))
s = EmailMessage(policy=policy.SMTP); s['Subject'] = 'ü'; s.set_content('x'); print(repr(str(s)), repr(s.as_string()))
t = MIMEText('Grüße', 'plain', 'utf-8', policy=policy.default); t['Subject'] = 'Grüße'; print(t.as_string()); print(type(t['Subject']).__name__)
print(formataddr(('Jörg', 'j@x.de'), charset=Charset('iso-8859-1')), formataddr(('Jörg', 'j@x.de'), 'iso-8859-1'))
class MyMsg(Message): pass
p = email.message_from_string('Subject: x\n\nbody', _class=MyMsg); print(type(p).__name__)
p = email.message_from_string('Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n', MyMsg); print(type(p.get_payload(0)).__name__)
e = EmailMessage(); e['To'] = 'a@b.com'; e.set_content('hi'); del e['to']; e['To'] = 'c@d.com'; print(e.items())
e = EmailMessage(); e.set_content(b'abc', 'application', 'octet-stream', cte='quoted-printable'); print(e)
e = EmailMessage(); e.set_content(b'abc', 'application', 'octet-stream', cte='7bit', disposition='inline', filename='x.bin'); print(e)
e = EmailMessage(); e.set_content('text', 'html'); print(e['Content-Type'])
x = email.message_from_string('To: a@b.com\n\n', policy=policy.default); x.replace_header('To', 'c@d.com'); print(x['to'], type(x['to']).__name__)
print(email.message_from_string('Subject: x\n\n').get_content_type(), email.message_from_string('Content-Type: TEXT/HTML\n\n').get_content_type())
