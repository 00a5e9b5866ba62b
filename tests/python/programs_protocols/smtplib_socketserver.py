# smtplib against a tiny SMTP server written with socketserver in a thread: EHLO features,
# login (PLAIN, LOGIN, CRAM-MD5), sendmail and send_message, refused senders and recipients,
# period quoting, the context manager, and the commands as the server saw them.
import email.message
import smtplib
import socketserver
import threading
import base64
import hmac

log = []
received = []


class SMTPHandler(socketserver.StreamRequestHandler):
    features = ["SIZE 10000", "AUTH PLAIN LOGIN CRAM-MD5", "8BITMIME", "HELP"]

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 test.server ESMTP ready")
        while True:
            line = self.rfile.readline()
            if not line:
                break
            cmd = line.decode().rstrip("\r\n")
            log.append(cmd)
            verb = cmd.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-test.server greets " + cmd.split(" ", 1)[1])
                for i, f in enumerate(self.features):
                    self.reply(("250 " if i == len(self.features) - 1 else "250-") + f)
            elif verb == "HELO":
                self.reply("250 test.server")
            elif verb == "MAIL":
                if "spammer" in cmd:
                    self.reply("550 5.7.1 Sender rejected")
                else:
                    self.reply("250 2.1.0 OK")
            elif verb == "RCPT":
                if "nobody" in cmd:
                    self.reply("550 5.1.1 No such user")
                else:
                    self.reply("250 2.1.5 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if data == b".\r\n":
                        break
                    lines.append(data)
                received.append(b"".join(lines))
                self.reply("250 2.0.0 Ok: queued as %d" % len(received))
            elif verb == "AUTH":
                self.auth(cmd.split(" ")[1:])
            elif verb in ("NOOP", "RSET"):
                self.reply("250 2.0.0 OK")
            elif verb == "VRFY":
                self.reply("252 2.0.0 " + cmd.split(" ", 1)[1])
            elif verb == "HELP":
                self.reply("214-Commands:")
                self.reply("214 EHLO MAIL RCPT DATA")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                break
            else:
                self.reply("502 5.5.2 Error: command not recognized")

    def auth(self, words):
        mech = words[0]
        if mech == "PLAIN":
            user, password = base64.b64decode(words[1]).split(b"\0")[1:]
        elif mech == "LOGIN":
            self.reply("334 " + base64.b64encode(b"Password:").decode())
            password = base64.b64decode(self.rfile.readline().strip())
            user = base64.b64decode(words[1])
        else:
            challenge = b"<123.456@test.server>"
            self.reply("334 " + base64.b64encode(challenge).decode())
            answer = base64.b64decode(self.rfile.readline().strip()).decode()
            user, digest = answer.split(" ")
            expected = hmac.new(b"secret", challenge, "md5").hexdigest()
            password = b"secret" if digest == expected else b"wrong"
            user = user.encode()
        log.append("auth %s user=%s" % (mech, user.decode()))
        if password == b"secret":
            self.reply("235 2.7.0 Authentication successful")
        else:
            self.reply("535 5.7.8 Authentication credentials invalid")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = True


server = Server(("127.0.0.1", 0), SMTPHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as smtp:
    print(smtp.ehlo())
    print(smtp.does_esmtp, sorted(smtp.esmtp_features.items()))
    print(smtp.has_extn("size"), smtp.has_extn("STARTTLS"), smtp.has_extn("Auth"))
    print(smtp.noop(), smtp.verify("Joe <joe@example.com>"))
    print(smtp.help())
    print(smtp.docmd("BOGUS"))
    print(smtp.login("alice", "secret"))
    refused = smtp.sendmail("alice@example.com", ["bob@example.com", "nobody@example.com"],
                            "Subject: hi\n\nline one\n.starts with a dot\nlast\n")
    print("refused:", refused)
    try:
        smtp.sendmail("spammer@example.com", "bob@example.com", "x")
    except smtplib.SMTPSenderRefused as e:
        print(type(e).__name__, e.smtp_code, e.smtp_error, e.sender, e.args)
    try:
        smtp.sendmail("alice@example.com", ["nobody@example.com"], "x")
    except smtplib.SMTPRecipientsRefused as e:
        print(type(e).__name__, e.recipients, str(e))
    msg = email.message.EmailMessage()
    msg["From"] = "Alice <alice@example.com>"
    msg["To"] = "Bob <bob@example.com>, carol@example.com"
    msg["Bcc"] = "dave@example.com"
    msg["Subject"] = "Report"
    msg.set_content("The numbers are in.\n")
    print(smtp.send_message(msg))
print("closed:", smtp.sock is None)

for mech_list, password in [("LOGIN", "secret"), ("CRAM-MD5", "secret"), ("PLAIN", "bad")]:
    SMTPHandler.features = ["AUTH " + mech_list]
    smtp = smtplib.SMTP(local_hostname="client.test")
    print(smtp.connect("127.0.0.1", port))
    try:
        print(smtp.login("bob", password))
    except smtplib.SMTPAuthenticationError as e:
        print(type(e).__name__, e.smtp_code, e.smtp_error)
    print(smtp.quit())

SMTPHandler.features = ["SIZE"]
smtp = smtplib.SMTP("127.0.0.1", port, local_hostname="client.test")
try:
    smtp.login("x", "y")
except smtplib.SMTPNotSupportedError as e:
    print(type(e).__name__, e)
smtp.close()
try:
    smtp.noop()
except smtplib.SMTPServerDisconnected as e:
    print(type(e).__name__, e)

server.shutdown()
server.server_close()
thread.join()
for line in log:
    print("server got:", line)
for message in received:
    print(message.decode().replace("\r\n", "|"))
