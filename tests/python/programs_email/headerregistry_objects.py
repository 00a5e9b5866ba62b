# headerregistry: Address and Group objects, and header attributes.
from email.headerregistry import Address, Group
from email.message import EmailMessage

a = Address('Jane Q. Public', 'jane.public', 'example.com')
b = Address(addr_spec='support@example.org')
c = Address('Dépôt', 'depot', 'example.fr')
print(a, '|', repr(a))
print(a.display_name, a.username, a.domain, a.addr_spec)
print(b, repr(b), c)
print(Address(username='odd name', domain='example.com').addr_spec)
print(a == Address('Jane Q. Public', 'jane.public', 'example.com'), a == b)
g = Group('Engineering', [a, b])
print(g, '|', repr(g))
print(Group('Nobody'), Group(None, [b]))
msg = EmailMessage()
msg['To'] = [a, g]
msg['From'] = c
msg['Cc'] = 'Team: x@example.com, y@example.com;, solo@example.com'
print(msg['To'])
print(msg['To'].addresses)
print(msg['Cc'].groups)
print([str(x) for x in msg['Cc'].addresses])
print(msg.as_string())
try:
    Address('x', 'y', 'z', addr_spec='a@b')
except TypeError as e:
    print('TypeError:', e)
