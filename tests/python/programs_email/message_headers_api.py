# The Message mapping interface: repeats, deletion, replace, get_all.
from email.message import Message

m = Message()
m['Received'] = 'from a by b'
m['Received'] = 'from c by d'
m['X-Tag'] = 'one'
m['Subject'] = 'Original'
print(len(m), m.keys())
print(m['received'], m.get_all('RECEIVED'), m.get_all('missing'), m.get_all('missing', []))
print('subject' in m, 'Cc' in m, m.get('cc', 'none'))
m.replace_header('subject', 'Replaced')
print(m['Subject'])
try:
    m.replace_header('Cc', 'x')
except KeyError as e:
    print('KeyError', e)
del m['received']
print(m.items())
for name in m:
    print('iter', name)
m.add_header('Content-Disposition', 'attachment', filename='report 2024.pdf')
m.add_header('X-Flags', 'a', seen=None, answered='yes', my_flag='1')
print(m['Content-Disposition'])
print(m['X-Flags'])
print(m.values())
m.set_raw('X-Raw', 'kept as is')
print(list(m.raw_items())[-1])
