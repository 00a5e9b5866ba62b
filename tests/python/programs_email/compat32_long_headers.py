# compat32: str(msg) never folds; a Generator folds at 78 columns.
import io
from email.message import Message
from email.generator import Generator
from email.header import Header

m = Message()
m['Subject'] = 'This subject is long enough that it will need to be folded when generated normally'
m['To'] = ', '.join('person%d@example.com' % i for i in range(7))
m['X-Encoded'] = Header('Ünïcödé ' * 9, 'utf-8')
m['X-Latin'] = 'café'
m.set_payload('body\n')
print(m.as_string())
out = io.StringIO()
Generator(out).flatten(m)
print(out.getvalue())
print(m['X-Encoded'])
print(type(m['X-Encoded']).__name__, type(m['Subject']).__name__)
