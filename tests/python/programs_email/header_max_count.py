# The default policy allows one Subject, From, To...; compat32 allows repeats.
from email.message import EmailMessage, Message

e = EmailMessage()
e['Subject'] = 'first'
for name in ('Subject', 'subject', 'SUBJECT'):
    try:
        e[name] = 'second'
    except ValueError as err:
        print('ValueError:', err)
e['Received'] = 'one'
e['Received'] = 'two'
print(e.get_all('received'))
try:
    e['X-Bad'] = 'line one\nline two'
except ValueError as err:
    print('ValueError:', err)
m = Message()
m['Subject'] = 'first'
m['Subject'] = 'second'
print(m.get_all('subject'))
