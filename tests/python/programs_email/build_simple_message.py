# Build a plain-text message with the modern API and print it.
from email.message import EmailMessage

msg = EmailMessage()
msg['From'] = 'Alice Example <alice@example.com>'
msg['To'] = 'Bob Example <bob@example.org>'
msg['Subject'] = 'Lunch on Friday?'
msg['Date'] = 'Fri, 01 Mar 2024 09:15:00 +0000'
msg['Message-ID'] = '<lunch.1@example.com>'
msg.set_content("Hi Bob,\n\nAre you free for lunch on Friday?\n\nAlice\n")
print(msg.as_string())
print('---')
print(msg['subject'], '|', msg.get_content_type(), '|', msg['Content-Transfer-Encoding'])
print(msg.get_content())
