# Non-ASCII and long attachment file names use RFC 2231 parameters.
import email
from email.message import EmailMessage, Message
from email import policy

m = EmailMessage()
m.set_content('x\n')
m.add_attachment(b'data', maintype='application', subtype='pdf', filename='Überweisung März 2024.pdf')
m.add_attachment(b'data', maintype='application', subtype='pdf', filename='a_very_long_file_name_for_the_annual_financial_report_2024_final_v2.pdf')
m.set_boundary('rfc2231')
text = m.as_string()
print(text)
parsed = email.message_from_string(text, policy=policy.default)
print([p.get_filename() for p in parsed.iter_attachments()])
c = Message()
c['Content-Disposition'] = "attachment; filename*=utf-8''%E2%82%AC%20rates.txt"
print(c.get_filename(), c.get_param('filename', header='content-disposition'))
c2 = Message()
c2['Content-Type'] = 'text/plain; name*0="part one "; name*1="and two"'
print(c2.get_filename(), c2.get_params())
