# Parse several messages, then summarise them like a mail client's index.
import email
from email import policy
from email.utils import parsedate_to_datetime

messages = [
    "From: Ops <ops@example.com>\nSubject: Disk alert\nDate: Mon, 01 Apr 2024 03:00:00 +0000\n\nDisk 91% full\n",
    "From: =?utf-8?q?J=C3=BCrgen?= <j@example.de>\nSubject: =?utf-8?q?=C3=9Cbersicht?=\nDate: Sun, 31 Mar 2024 22:30:00 +0200\n\nHallo\n",
    "From: bot@example.com\nSubject: Build #42 passed\nDate: Tue, 02 Apr 2024 11:15:00 -0700\n\nAll green\n",
]
parsed = [email.message_from_string(s, policy=policy.default) for s in messages]
parsed.sort(key=lambda m: m['date'].datetime)
for m in parsed:
    sender = m['from'].addresses[0]
    print('%-20s %-25s %s' % (sender.display_name or sender.addr_spec, m['subject'],
                              m['date'].datetime.astimezone(parsedate_to_datetime('Mon, 01 Apr 2024 00:00:00 +0000').tzinfo)))
print(sum(len(m.get_content()) for m in parsed))
