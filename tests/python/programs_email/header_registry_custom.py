# A custom HeaderRegistry mapping and header_factory on a policy.
from email.headerregistry import HeaderRegistry, UnstructuredHeader, AddressHeader
from email.message import EmailMessage
from email import policy

class UpperHeader(UnstructuredHeader):
    @classmethod
    def parse(cls, value, kwds):
        super().parse(value.upper(), kwds)

reg = HeaderRegistry()
reg.map_to_type('x-shout', UpperHeader)
reg.map_to_type('x-recipients', AddressHeader)
pol = policy.default.clone(header_factory=reg)
m = EmailMessage(policy=pol)
m['X-Shout'] = 'quiet words'
m['X-Recipients'] = 'a@example.com, B <b@example.com>'
print(m['x-shout'], type(m['x-shout']).__name__)
print(m['x-recipients'].addresses)
h = reg('Subject', 'Made by the registry')
print(h, h.name, type(h).__mro__[1].__name__, h.max_count)
print(reg('To', 'x@example.com').addresses[0].domain)
print(m.as_string())
