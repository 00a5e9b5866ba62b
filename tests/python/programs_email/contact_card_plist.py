# Contacts exported to a binary plist and re-imported, then shown as email headers.
import plistlib
from email.headerregistry import Address
from email.utils import formataddr

contacts = [
    {'first': 'Ada', 'last': 'Lovelace', 'email': 'ada@example.org', 'tags': ['math']},
    {'first': 'Émile', 'last': 'Zola', 'email': 'emile@example.fr', 'tags': []},
    {'first': 'Grace', 'last': 'Hopper', 'email': 'grace@example.mil', 'tags': ['navy', 'cobol']},
]
blob = plistlib.dumps({'contacts': contacts, 'version': 2}, fmt=plistlib.FMT_BINARY)
print(len(blob), blob[:8], blob[-32:])
back = plistlib.loads(blob)['contacts']
for c in back:
    user, domain = c['email'].split('@')
    a = Address('%s %s' % (c['first'], c['last']), user, domain)
    print(str(a), '|', formataddr((a.display_name, a.addr_spec)), '|', ','.join(c['tags']) or '-')
