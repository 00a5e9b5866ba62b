# smtpd (deprecated, on asyncore) serving in a thread, smtplib sending to it: the messages
# process_message receives, EHLO/HELP/VRFY replies, refusals chosen by the server, and the
# error replies for bad command order.
import asyncore
import email.message
import smtpd
import smtplib
import threading
import warnings

received = []


class RecordingServer(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        received.append((peer[0], mailfrom, rcpttos, data, kwargs))
        if "reject" in mailfrom:
            return "554 Transaction failed: rejected by policy"
        return None


server = RecordingServer(("127.0.0.1", 0), None)
port = server.socket.getsockname()[1]
stop = threading.Event()


def serve():
    while not stop.is_set():
        asyncore.loop(timeout=0.05, count=1)


thread = threading.Thread(target=serve)
thread.start()
try:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=10) as smtp:
        code, lines = smtp.ehlo()
        print(code, lines.split(b"\n")[1:])
        print(sorted(smtp.esmtp_features))
        print(smtp.help(), smtp.help("MAIL"), smtp.help("bogus"))
        print(smtp.verify("someone@example.com"), smtp.expn("list"))
        print(smtp.noop(), smtp.docmd("NOOP", "x"), smtp.docmd("FROB"))
        print(smtp.rcpt("x@example.com"), smtp.docmd("DATA"))
        print(smtp.sendmail("alice@example.com", ["bob@example.com", "carol@example.com"],
                            "Subject: one\r\n\r\nHello\r\n.dot line\r\n"))
        msg = email.message.EmailMessage()
        msg["From"] = "dave@example.com"
        msg["To"] = "erin@example.com"
        msg["Subject"] = "two"
        msg.set_content("Body of two")
        print(smtp.send_message(msg, mail_options=["BODY=8BITMIME"]))
        try:
            smtp.sendmail("reject@example.com", "bob@example.com", "x")
        except smtplib.SMTPDataError as e:
            print(type(e).__name__, e.smtp_code, e.smtp_error)
        print(smtp.mail("a@example.com"), smtp.mail("b@example.com"), smtp.rset())
        print(smtp.docmd("MAIL", "FROM:<a@example.com> SIZE=999999999999"))
        print(smtp.docmd("MAIL", "FROM:<a@example.com> BODY=BINARY"))
        print(smtp.docmd("MAIL", "FROM:<a@example.com> FOO=1"), smtp.docmd("MAIL", "TO:"))
        print(smtp.docmd("EHLO", "again"))
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=10) as smtp:
        print(smtp.docmd("MAIL", "FROM:<x@example.com>"))
        print(smtp.helo()[0], smtp.docmd("MAIL", "FROM:<x@example.com> SIZE=10"))
        print(smtp.sendmail("x@example.com", "y@example.com", b"Subject: three\r\n\r\nbytes\r\n"))
finally:
    stop.set()
    thread.join()
    asyncore.close_all()
for peer, mailfrom, rcpttos, data, kwargs in received:
    print(peer, mailfrom, rcpttos, kwargs)
    print(data)
print(smtpd.__version__, smtpd.DATA_SIZE_DEFAULT, smtpd.__all__)
