# Content-Type parameters: get_param, set_param, del_param, set_type.
from email.message import Message

m = Message()
m['Content-Type'] = 'text/plain; charset="us-ascii"; format=flowed'
print(m.get_params())
print(m.get_param('charset'), m.get_param('FORMAT'), m.get_param('missing', 'default'))
m.set_param('charset', 'utf-8')
print(m['Content-Type'])
m.set_param('delsp', 'yes')
print(m['Content-Type'])
m.del_param('format')
print(m['Content-Type'])
m.set_type('text/html')
print(m['Content-Type'], m.get_content_type(), m['MIME-Version'])
m.set_param('title', 'Grüße', charset='utf-8', language='de')
print(m['Content-Type'])
print(m.get_param('title'))
print(m.get_params(unquote=False))
n = Message()
print(n.get_content_type(), n.get_params(), n.get_param('charset'))
n.set_default_type('message/rfc822')
print(n.get_content_type(), n.get_default_type())
n['Content-Type'] = 'bogus'
print(n.get_content_type(), n.get_content_maintype(), n.get_content_subtype())
