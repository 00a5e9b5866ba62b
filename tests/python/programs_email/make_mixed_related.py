# make_related/make_alternative/make_mixed restructure a message in place.
from email.message import EmailMessage

m = EmailMessage()
m['Subject'] = 'Restructure'
m.set_content('<img src="cid:logo">', subtype='html')
m.add_related(b'GIF89a....', 'image', 'gif', cid='<logo>')
print(m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
m.make_alternative()
print(m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
m.make_mixed()
print(m.get_content_type(), [p.get_content_type() for p in m.walk()])
try:
    m.make_related()
except ValueError as e:
    print('ValueError:', e)
m.set_boundary('mixed-1')
m.get_payload(0).set_boundary('alt-1')
m.get_payload(0).get_payload(0).set_boundary('rel-1')
print(m)
m.clear_content()
print(m.items(), m.get_payload())
m.clear()
print(m.items(), len(m))
