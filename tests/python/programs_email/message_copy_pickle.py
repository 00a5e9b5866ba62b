# Messages survive copy.deepcopy and pickle, header objects included.
import copy
import pickle
from email.message import EmailMessage

m = EmailMessage()
m['From'] = 'Ann <ann@example.com>'
m['Subject'] = 'Copy me'
m.set_content('Body text\n')
c = copy.deepcopy(m)
c.replace_header('Subject', 'Copied')
print(m['subject'], '|', c['subject'], '|', c['from'].addresses)
p = pickle.loads(pickle.dumps(m))
print(p['subject'], p['from'].addresses[0].username, p.as_string() == m.as_string())
print(type(p['subject']).__name__)
