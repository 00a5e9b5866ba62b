# mailbox: an mbox file and a Maildir built, read back, edited and converted.
import mailbox, os, tempfile, email
from email.message import EmailMessage
from email.mime.text import MIMEText
d = tempfile.mkdtemp()
path = os.path.join(d, 'inbox.mbox')
box = mailbox.mbox(path)
for i in range(3):
    m = MIMEText('Body %d\nFrom the start of a line\n' % i)
    m['Subject'] = 'Message %d' % i
    m['From'] = 'sender%d@example.com' % i
    m.set_unixfrom('From sender%d@example.com Mon Jan  1 00:00:0%d 2024' % (i, i))
    print('added', box.add(m))
box.add(b'From raw@example.com Tue Jan  2 00:00:00 2024\nSubject: raw bytes\n\nraw body\n')
mm = mailbox.mboxMessage(); mm.set_from('x@example.com', (2024, 1, 3, 4, 5, 6, 2, 3, 0)); mm['Subject'] = 'mboxMessage'; mm.set_payload('payload\n'); mm.set_flags('RF')
box.add(mm)
box.flush()
print(len(box), box.keys())
with open(path, 'rb') as f: print(f.read())
for key, msg in box.items():
    print(key, msg['subject'], repr(msg.get_from()), msg.get_flags(), repr(msg.get_payload()))
print(box.get_bytes(3))
print(box.get_string(0, from_=True))
box.remove(1)
box[2] = b'From replaced@example.com Wed Jan  3 00:00:00 2024\nSubject: replaced\n\nnew\n'
box.flush(); box.close()
box2 = mailbox.mbox(path, create=False)
print([(k, m['subject']) for k, m in box2.iteritems()], len(box2))
print(box2.get(99), 5 in box2, 0 in box2)
try: box2[99]
except KeyError as e: print('KeyError', e)
box2.close()
try: mailbox.mbox(os.path.join(d, 'missing'), create=False)
except mailbox.NoSuchMailboxError as e: print('NoSuchMailboxError', os.path.basename(str(e)))
md = mailbox.Maildir(os.path.join(d, 'Maildir'))
k1 = md.add(b'Subject: one\n\nfirst\n')
mdm = mailbox.MaildirMessage(b'Subject: two\n\nsecond\n'); mdm.set_subdir('cur'); mdm.set_flags('SR')
k2 = md.add(mdm)
print(len(md), sorted(m['subject'] for m in md), sorted(os.listdir(os.path.join(d, 'Maildir'))))
print(md[k2].get_flags(), md[k2].get_subdir(), md[k1].get_subdir(), md.get_bytes(k1))
md.add_folder('Archive'); print(md.list_folders(), len(md.get_folder('Archive')))
md.remove(k1); print(len(md)); md.remove_folder('Archive'); print(md.list_folders())
conv = mailbox.mboxMessage(mdm); print(conv.get_flags(), conv['subject'])
back = mailbox.MaildirMessage(conv); print(back.get_flags(), back.get_subdir())
