# smtplib's SMTPUTF8 path against smtpd with enable_SMTPUTF8: international addresses in
# send_message, the options it adds, and a str message that is not ASCII.
import warnings
warnings.simplefilter("ignore")
import asyncore
import smtpd
import smtplib
import threading
from email.message import EmailMessage

got = []


class S(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        got.append((mailfrom, rcpttos, data, kw))


srv = S(("127.0.0.1", 0), None, enable_SMTPUTF8=True)
port = srv.socket.getsockname()[1]
stop = threading.Event()


def serve():
    while not stop.is_set():
        asyncore.loop(timeout=0.05, count=1)


t = threading.Thread(target=serve)
t.start()
try:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="c.test", timeout=10) as s:
        print(s.ehlo()[1].split(b"\n")[1:])
        m = EmailMessage()
        m["From"] = "José <josé@exämple.com>"
        m["To"] = "Zoë <zoë@example.com>"
        m["Subject"] = "Grüße"
        m.set_content("Hällo wörld\n")
        print(s.send_message(m))
        try:
            s.sendmail("a@b.c", ["d@e.f"], "Ünicode body")
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError", e.reason)
        print(s.sendmail("a@b.c", ["d@e.f"], "Subject: x\n\nplain\n", mail_options=["SMTPUTF8"]))
finally:
    stop.set()
    t.join()
    asyncore.close_all()
for g in got:
    print(g)
