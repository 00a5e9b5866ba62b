# Policy objects: attributes, clone(), addition and read-only errors.
from email import policy
from email.policy import EmailPolicy, Compat32

for name in ('default', 'SMTP', 'SMTPUTF8', 'HTTP', 'strict', 'compat32'):
    p = getattr(policy, name)
    print(name, type(p).__name__, repr(p.linesep), p.max_line_length, p.raise_on_defect,
          p.cte_type, getattr(p, 'utf8', None), p.mangle_from_)
print(policy.default, policy.compat32)
wide = policy.default.clone(max_line_length=100, linesep='\r\n')
print(wide)
print((policy.SMTP + policy.strict).raise_on_defect, (policy.SMTP + policy.strict).linesep == '\r\n')
try:
    policy.default.linesep = '\r\n'
except AttributeError as e:
    print('AttributeError:', e)
try:
    policy.default.clone(bogus=1)
except TypeError as e:
    print('TypeError:', e)
try:
    EmailPolicy(nothing=True)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(policy.compat32, Compat32), policy.default.header_max_count('Subject'),
      policy.default.header_max_count('Received'), policy.compat32.header_max_count('Subject'))
