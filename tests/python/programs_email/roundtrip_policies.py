# Parse -> generate round trips, unchanged under both policies.
import email
from email import policy

sources = [
    "Subject: one\n\nbody\n",
    "Subject: folded\n header value\nX-Other: x\n\nbody\nmore\n",
    "Content-Type: multipart/mixed; boundary=\"b\"\n\npreamble\n--b\n\npart\n--b--\nepilogue\n",
    "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\na\n--b\nContent-Type: text/plain\n\nb\n--b--\n",
    "From: x@example.com\nTo: y@example.com\n\n",
]
for src in sources:
    for pol in (policy.compat32, policy.default):
        m = email.message_from_string(src, policy=pol)
        out = m.as_string()
        print(out == src, end=' ')
    print(repr(email.message_from_string(sources[1])['subject']),
          repr(email.message_from_string(sources[1], policy=policy.default)['subject']))
