# Non-ASCII header text becomes RFC 2047 encoded words (and back).
from email.message import EmailMessage
from email.header import decode_header, make_header

msg = EmailMessage()
msg['Subject'] = 'Résumé for the café position'
msg['From'] = 'José Núñez <jose@example.com>'
msg['To'] = 'Zoë <zoe@example.com>, plain@example.com'
msg['X-Note'] = 'Привет мир'
msg.set_content('Body\n')
text = msg.as_string()
print(text)
for line in text.splitlines()[:4]:
    name, _, value = line.partition(': ')
    print(name, '=>', decode_header(value))
    print('   ', str(make_header(decode_header(value))))
print(str(msg).splitlines()[0])
print(msg['subject'], msg['from'].addresses[0].display_name)
