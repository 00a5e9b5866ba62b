# A bounce: multipart/report with a message/delivery-status part.
import email

raw = """Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: text/plain

Your message could not be delivered.
--R
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; gone@example.com
Action: failed
Status: 5.1.1

--R
Content-Type: message/rfc822

Subject: original
From: me@example.com

original body
--R--
"""
m = email.message_from_string(raw)
for part in m.walk():
    print(part.get_content_type(), part.is_multipart())
ds = m.get_payload(1)
blocks = ds.get_payload()
print(len(blocks), [b.items() for b in blocks])
orig = m.get_payload(2).get_payload(0)
print(orig['subject'], repr(orig.get_payload()))
print(m.as_string() == raw)
