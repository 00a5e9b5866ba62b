# Parsed header objects know their kind: dates, MIME versions, content types.
import email
from email import policy

raw = """Date: Sat, 09 Mar 2024 08:07:06 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"; format=flowed
Content-Disposition: inline; filename="note.txt"
Content-Transfer-Encoding: 8bit
Sender: Robot <robot@example.com>
Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= from =?utf-8?b?TcO8bmNoZW4=?=
Message-ID: <abc@example.com>

hello
"""
m = email.message_from_string(raw, policy=policy.default)
d = m['date']
print(type(d).__name__, d, d.datetime, d.datetime.utcoffset())
v = m['mime-version']
print(v, v.version, v.major, v.minor)
ct = m['content-type']
print(ct, ct.content_type, ct.maintype, ct.subtype, dict(ct.params))
cd = m['content-disposition']
print(cd.content_disposition, dict(cd.params))
print(m['content-transfer-encoding'].cte)
print(m['sender'].address, m['sender'].address.display_name)
print(m['subject'], m['subject'].name)
print(m['message-id'])
print(m.get_content_charset(), m.get_param('format'), m.get_filename())
print(m['date'].defects, m.defects)
