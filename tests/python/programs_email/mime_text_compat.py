# MIMEText from the legacy API: us-ascii, utf-8 and latin-1 bodies.
from email.mime.text import MIMEText

plain = MIMEText('Hello world\nSecond line')
plain['Subject'] = 'Plain'
print(plain.as_string())
print('====')
utf = MIMEText('Grüße aus Köln', 'plain', 'utf-8')
print(utf.as_string())
print(repr(utf.get_payload()))
print(utf.get_payload(decode=True).decode('utf-8'))
print('====')
latin = MIMEText('café crème', 'plain', 'iso-8859-1')
print(latin.as_string())
print(latin.get_payload(decode=True))
print('====')
auto = MIMEText('naïve text')
print(auto['Content-Type'], auto['Content-Transfer-Encoding'])
html = MIMEText('<h1>Title</h1>', 'html')
print(html.get_content_type(), html.get_content_charset(), html.get_params())
