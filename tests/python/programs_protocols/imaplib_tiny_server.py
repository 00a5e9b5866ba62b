# imaplib against a tiny IMAP4rev1 server (socketserver, in a thread): greeting and
# CAPABILITY, LOGIN with a quoted password, LIST, SELECT/EXAMINE, SEARCH, FETCH with literals,
# STORE with flags, APPEND with a literal, AUTHENTICATE, NO and BAD replies, state errors,
# LOGOUT's BYE, and the module's helpers. Tags are random in imaplib, so the log masks them.
import email
import imaplib
import re
import socketserver
import threading
from datetime import datetime, timezone, timedelta

mailbox = [
    {"flags": ["\\Seen"], "body": b"From: a@example.com\r\nSubject: Hello\r\n\r\nFirst body\r\n"},
    {"flags": [], "body": b"From: b@example.com\r\nSubject: Lunch\r\n\r\nNoon?\r\n"},
]
log = []


class IMAPHandler(socketserver.StreamRequestHandler):
    def send(self, text):
        self.wfile.write(text if isinstance(text, bytes) else text.encode())

    def line(self, text):
        self.send(text + "\r\n")

    def handle(self):
        self.line("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Test IMAP ready")
        while True:
            raw = self.rfile.readline()
            if not raw:
                break
            text = raw.decode().rstrip("\r\n")
            tag, _, rest = text.partition(" ")
            cmd, _, args = rest.partition(" ")
            log.append(("TAG " + cmd + " " + args).strip())
            handler = getattr(self, "do_" + cmd.upper(), None)
            if handler is None:
                self.line(tag + " BAD Unknown command")
            elif handler(tag, args) is False:
                break

    def do_CAPABILITY(self, tag, args):
        self.line("* CAPABILITY IMAP4rev1 AUTH=PLAIN UNSELECT")
        self.line(tag + " OK CAPABILITY completed")

    def do_LOGIN(self, tag, args):
        if args == 'alice "s3cret \\"q\\""':
            self.line(tag + " OK [CAPABILITY IMAP4rev1 UNSELECT] LOGIN completed")
        else:
            self.line(tag + " NO [AUTHENTICATIONFAILED] Invalid credentials")

    def do_AUTHENTICATE(self, tag, args):
        self.line("+ ")
        answer = self.rfile.readline().strip()
        log.append("auth answer " + answer.decode())
        self.line(tag + " OK AUTHENTICATE completed")

    def do_LIST(self, tag, args):
        self.line('* LIST (\\HasNoChildren) "/" INBOX')
        self.line('* LIST (\\HasNoChildren \\Sent) "/" "Sent Items"')
        self.line(tag + " OK LIST completed")

    def do_SELECT(self, tag, args, readonly=False):
        if args.strip('"') not in ("INBOX",):
            self.line(tag + " NO Mailbox doesn't exist: " + args)
            return
        self.line("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
        self.line("* %d EXISTS" % len(mailbox))
        self.line("* 0 RECENT")
        self.line("* OK [UIDVALIDITY 3857529045] UIDs valid")
        mode = "READ-ONLY" if readonly else "READ-WRITE"
        self.line("%s OK [%s] %s completed" % (tag, mode, "EXAMINE" if readonly else "SELECT"))

    def do_EXAMINE(self, tag, args):
        self.do_SELECT(tag, args, readonly=True)

    def do_SEARCH(self, tag, args):
        if args == "UNSEEN":
            hits = [i + 1 for i, m in enumerate(mailbox) if "\\Seen" not in m["flags"]]
        else:
            hits = list(range(1, len(mailbox) + 1))
        self.line("* SEARCH" + "".join(" %d" % n for n in hits))
        self.line(tag + " OK SEARCH completed")

    def do_FETCH(self, tag, args):
        numbers, _, what = args.partition(" ")
        for n in self.numbers(numbers):
            m = mailbox[n - 1]
            if what == "(FLAGS)":
                self.line("* %d FETCH (FLAGS (%s))" % (n, " ".join(m["flags"])))
            else:
                self.line("* %d FETCH (RFC822 {%d}" % (n, len(m["body"])))
                self.send(m["body"])
                self.line(' INTERNALDATE "17-Jul-1996 02:44:25 -0700")')
        self.line(tag + " OK FETCH completed")

    def numbers(self, spec):
        if spec.endswith(":*"):
            return range(int(spec[:-2]), len(mailbox) + 1)
        return [int(s) for s in spec.split(",")]

    def do_STORE(self, tag, args):
        numbers, command, flags = args.split(" ", 2)
        for n in self.numbers(numbers):
            m = mailbox[n - 1]
            for flag in flags.strip("()").split():
                if command.startswith("+") and flag not in m["flags"]:
                    m["flags"].append(flag)
            self.line("* %d FETCH (FLAGS (%s))" % (n, " ".join(m["flags"])))
        self.line(tag + " OK STORE completed")

    def do_APPEND(self, tag, args):
        size = int(re.search(r"\{(\d+)\}$", args).group(1))
        self.line("+ Ready for literal data")
        data = self.rfile.read(size)
        self.rfile.readline()
        mailbox.append({"flags": [], "body": data})
        log.append("appended %r" % data)
        self.line(tag + " OK [APPENDUID 38505 3955] APPEND completed")

    def do_STATUS(self, tag, args):
        self.line("* STATUS INBOX (MESSAGES %d UNSEEN 1)" % len(mailbox))
        self.line(tag + " OK STATUS completed")

    def do_NOOP(self, tag, args):
        self.line("* %d EXISTS" % len(mailbox))
        self.line(tag + " OK NOOP completed")

    def do_CREATE(self, tag, args):
        self.line(tag + " NO [ALREADYEXISTS] Mailbox exists")

    def do_UID(self, tag, args):
        self.line("* 1 FETCH (UID 101 FLAGS (\\Seen))")
        self.line(tag + " OK UID FETCH completed")

    def do_CLOSE(self, tag, args):
        self.line(tag + " OK CLOSE completed")

    def do_LOGOUT(self, tag, args):
        self.line("* BYE Test IMAP server logging out")
        self.line(tag + " OK LOGOUT completed")
        return False


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), IMAPHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

try:
    imap = imaplib.IMAP4("127.0.0.1", port, timeout=10)
    print(imap.welcome, imap.state, imap.capabilities, imap.PROTOCOL_VERSION)
    print(len(imap.tagpre), imap.tagpre.isalpha())
    try:
        imap.select()
    except imaplib.IMAP4.error as e:
        print("error:", e)
    try:
        imap.login("alice", "wrong")
    except imaplib.IMAP4.error as e:
        print("error:", e)
    print(imap.login("alice", 's3cret "q"'), imap.state)
    print(imap.list())
    print(imap.select("nonexistent"), imap.state)
    print(imap.select(), imap.state)
    print(imap.response("UIDVALIDITY"), imap.response("FLAGS"))
    print(imap.search(None, "ALL"), imap.search(None, "UNSEEN"))
    typ, data = imap.fetch("1", "(RFC822)")
    print(typ, data)
    msg = email.message_from_bytes(data[0][1])
    print(msg["Subject"], repr(msg.get_payload()))
    print(imaplib.Internaldate2tuple(data[1])[:2])
    print(imap.fetch("1:*", "(FLAGS)"))
    print([imaplib.ParseFlags(d) for d in imap.fetch("1:*", "(FLAGS)")[1]])
    print(imap.store("2", "+FLAGS", "\\Seen \\Flagged"))
    when = datetime(2024, 3, 1, 12, 30, 0, tzinfo=timezone(timedelta(hours=-5)))
    print(imap.append("INBOX", "\\Draft", when, b"Subject: new\n\nAppended\n"))
    print(imap.status("INBOX", "(MESSAGES UNSEEN)"))
    print(imap.noop(), imap.recent())
    print(imap.create("INBOX"))
    print(imap.uid("fetch", "101", "(FLAGS)"))
    try:
        imap.xatom("XBOGUS")
    except imaplib.IMAP4.error as e:
        print("error:", e)
    try:
        imap.uid("nothing")
    except imaplib.IMAP4.error as e:
        print("error:", e)
    try:
        imap.NOTACOMMAND
    except AttributeError as e:
        print("AttributeError:", e)
    print(imap.CLOSE(), imap.state)
    print(imap.logout(), imap.state)

    with imaplib.IMAP4("127.0.0.1", port) as imap2:
        print(imap2.authenticate("PLAIN", lambda challenge: b"\0bob\0pw"), imap2.state)
    print(imap2.state)
finally:
    server.shutdown()
    server.server_close()
    thread.join()

for entry in log:
    print("server got:", entry)
print(imaplib.Int2AP(4096), imaplib.Int2AP(65535), imaplib.Int2AP(0))
print(imaplib.Time2Internaldate(when), imaplib.Time2Internaldate('"01-Jan-2000 00:00:00 +0000"'))
for bad in [datetime(2024, 1, 1), 3j]:
    try:
        imaplib.Time2Internaldate(bad)
    except ValueError as e:
        print("ValueError:", e)
print(imaplib.ParseFlags(b"no flags here"), imaplib.Internaldate2tuple(b"nothing"))
print(imaplib.IMAP4_PORT, imaplib.__version__, issubclass(imaplib.IMAP4.readonly,
                                                           imaplib.IMAP4.abort))
