# Long headers fold at 78 columns; very long words become encoded words.
from email.message import EmailMessage
from email import policy

msg = EmailMessage()
msg['Subject'] = ' '.join('word%d' % i for i in range(40))
msg['X-Long-Token'] = 'x' * 120
msg['To'] = ', '.join('User %d <user%d@example.com>' % (i, i) for i in range(6))
msg['Comments'] = 'short'
print(msg.as_string())
print(msg.as_string(policy=policy.default.clone(max_line_length=40)))
print(msg.as_string(policy=policy.HTTP).replace('\r\n', '|\n'))
