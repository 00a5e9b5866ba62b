# Parse a message from a string with the compat32 and default policies.
import email
from email import policy

raw = """From: John Smith <john@example.com>
To: Jane Doe <jane@example.com>, ops@example.com
Subject: Server status
Date: Mon, 04 Mar 2024 10:00:00 -0500
X-Priority: 1

All systems nominal.
Disk usage at 42%.
"""
m = email.message_from_string(raw)
print(type(m).__name__, m['subject'], m['x-priority'])
print(m.keys())
print(repr(m.get_payload()))
print(m.get_content_type(), m.get_content_charset(), m.is_multipart())
m2 = email.message_from_string(raw, policy=policy.default)
print(type(m2).__name__, [a.username for a in m2['to'].addresses])
print(m2['date'].datetime.isoformat())
print(m2.get_content(), end='')
print(m2.as_string() == raw)
