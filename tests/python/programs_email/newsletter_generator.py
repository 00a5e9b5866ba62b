# A small mail-merge: one personalised message per recipient.
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
import datetime

recipients = [('Ana Lima', 'ana', 'example.br', 'pt'), ('Björn Berg', 'bjorn', 'example.se', 'sv'),
              ('Chen Wei', 'chen', 'example.cn', 'zh')]
greetings = {'pt': 'Olá', 'sv': 'Hej', 'zh': '你好'}
sent = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)
for i, (name, user, domain, lang) in enumerate(recipients):
    msg = EmailMessage()
    msg['From'] = Address('Weft News', 'news', 'weft.dev')
    msg['To'] = Address(name, user, domain)
    msg['Subject'] = '%s %s, your May update' % (greetings[lang], name.split()[0])
    msg['Date'] = format_datetime(sent + datetime.timedelta(minutes=i))
    msg['Message-ID'] = '<may-%d@weft.dev>' % i
    msg['Content-Language'] = lang
    msg.set_content('%s %s!\n\nHere is what happened in May.\n' % (greetings[lang], name))
    print(msg.as_string())
    print('=' * 20)
