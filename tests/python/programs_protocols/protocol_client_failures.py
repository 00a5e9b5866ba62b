# How the protocol clients fail against misbehaving servers (socketserver, in a thread): a
# greeting that refuses service, a server that hangs up mid-conversation, garbage replies,
# and too-long lines; each client raises its own exception with the reply in it.
import ftplib
import imaplib
import poplib
import smtplib
import socketserver
import threading

SCRIPTS = {
    "smtp-busy": [b"554 No SMTP service here\r\n"],
    "smtp-hangup": [b"220 ready\r\n", None],
    "smtp-garbage": [b"220 ready\r\n", b"hello there\r\n"],
    "smtp-long": [b"220 ready\r\n", b"250 " + b"x" * 9000 + b"\r\n"],
    "ftp-hangup": [b"220 ready\r\n", None],
    "ftp-proto": [b"220 ready\r\n", b"999 what\r\n"],
    "pop-err": [b"-ERR go away\r\n"],
    "pop-hangup": [b"+OK ready\r\n", None],
    "imap-bye": [b"* BYE not today\r\n"],
    "imap-noimap": [b"* OK hi\r\n", b"* CAPABILITY SMTP\r\nTAG OK done\r\n"],
}
current = []


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        script = SCRIPTS[current[-1]]
        for i, reply in enumerate(script):
            if i:
                line = self.rfile.readline()
                if current[-1] == "imap-noimap":
                    tag = line.split(b" ")[0]
                    reply = reply.replace(b"TAG", tag)
            if reply is None:
                return
            self.wfile.write(reply)
        self.rfile.readline()


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()


def attempt(name, action):
    current.append(name)
    try:
        result = action()
        print(name, "->", result)
    except Exception as e:
        print(name, "->", type(e).__name__, e.args)


def smtp_talk():
    s = smtplib.SMTP("127.0.0.1", port, local_hostname="c.test", timeout=10)
    try:
        return s.ehlo()
    finally:
        s.close()


try:
    attempt("smtp-busy", lambda: smtplib.SMTP("127.0.0.1", port, timeout=10))
    attempt("smtp-hangup", smtp_talk)
    attempt("smtp-garbage", smtp_talk)
    attempt("smtp-long", smtp_talk)

    def ftp_talk():
        ftp = ftplib.FTP(timeout=10)
        ftp.connect("127.0.0.1", port)
        try:
            return ftp.sendcmd("NOOP")
        finally:
            ftp.close()

    attempt("ftp-hangup", ftp_talk)
    attempt("ftp-proto", ftp_talk)
    attempt("pop-err", lambda: poplib.POP3("127.0.0.1", port, timeout=10))

    def pop_talk():
        pop = poplib.POP3("127.0.0.1", port, timeout=10)
        try:
            return pop.stat()
        finally:
            pop.close()

    attempt("pop-hangup", pop_talk)
    attempt("imap-bye", lambda: imaplib.IMAP4("127.0.0.1", port, timeout=10))
    attempt("imap-noimap", lambda: imaplib.IMAP4("127.0.0.1", port, timeout=10))
finally:
    server.shutdown()
    server.server_close()
    thread.join()
