# set_content/get_content with the raw data manager: text, bytes, messages.
from email.message import EmailMessage

m = EmailMessage()
m.set_content('short ascii text')
print(m['Content-Type'], m['Content-Transfer-Encoding'], repr(m.get_payload()))
m.set_content('Ünïcödé text\n')
print(m['Content-Type'], m['Content-Transfer-Encoding'], repr(m.get_content()))
m.set_content('long line ' * 20 + '\n')
print(m['Content-Transfer-Encoding'])
print(m.get_payload())
m.set_content('é' * 50 + '\n' * 3, cte='quoted-printable')
print(m.get_payload())
m.set_content('x', subtype='html', charset='iso-8859-1', disposition='inline', cid='<c1>')
print(m.items())
m.set_content(b'\x00\x01\x02\x03', maintype='application', subtype='octet-stream', filename='raw.bin')
print(m.items(), repr(m.get_payload()), m.get_content())
m.set_content(b'plain bytes', maintype='text', subtype='plain', cte='7bit')
print(m.items(), repr(m.get_payload()))
inner = EmailMessage()
inner['Subject'] = 'inner'
inner.set_content('inner body\n')
m.set_content(inner)
print(m['Content-Type'], m['Content-Transfer-Encoding'], m.get_content()['subject'])
m.set_content('with params', params={'format': 'flowed'}, headers=['X-Extra: yes'])
print(m.items())
try:
    m.set_content(12345)
except KeyError as e:
    print('KeyError', e)
