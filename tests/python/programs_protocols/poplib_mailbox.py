# poplib against a tiny POP3 server (socketserver, in a thread) holding three messages:
# USER/PASS and APOP, STAT, LIST, RETR with byte-stuffed lines, TOP, UIDL, DELE, RSET, CAPA,
# -ERR replies as error_proto, and parsing a retrieved message with the email package.
import email
import hashlib
import poplib
import socketserver
import threading

messages = [
    b"From: a@example.com\r\nSubject: First\r\n\r\nHello\r\n.hidden dot line\r\nBye\r\n",
    b"From: b@example.com\r\nSubject: Second\r\n\r\nShort body\r\n",
    b"From: c@example.com\r\nSubject: Third\r\n\r\n" + b"x" * 50 + b"\r\n",
]
log = []
GREETING = "+OK POP3 ready <1896.697170952@test.server>"


class POPHandler(socketserver.StreamRequestHandler):
    def reply(self, *lines):
        self.wfile.write(b"".join(line + b"\r\n" for line in lines))

    def multiline(self, first, lines):
        stuffed = [b"." + line if line.startswith(b".") else line for line in lines]
        self.reply(first.encode(), *stuffed, b".")

    def handle(self):
        deleted = set()
        self.reply(GREETING.encode())
        while True:
            line = self.rfile.readline()
            if not line:
                break
            cmd = line.decode().rstrip("\r\n")
            log.append(cmd)
            words = cmd.split()
            verb = words[0].upper()
            live = [i for i in range(len(messages)) if i not in deleted]
            if verb == "USER":
                self.reply(b"+OK send PASS")
            elif verb == "PASS":
                self.reply(b"+OK logged in" if words[1] == "secret" else b"-ERR bad password")
            elif verb == "APOP":
                expected = hashlib.md5(b"<1896.697170952@test.server>secret").hexdigest()
                self.reply(b"+OK APOP accepted" if words[2] == expected else b"-ERR denied")
            elif verb == "STAT":
                size = sum(len(messages[i]) for i in live)
                self.reply(b"+OK %d %d" % (len(live), size))
            elif verb == "LIST" and len(words) == 2:
                i = int(words[1]) - 1
                if i in live:
                    self.reply(b"+OK %d %d" % (i + 1, len(messages[i])))
                else:
                    self.reply(b"-ERR no such message")
            elif verb == "LIST":
                self.multiline("+OK %d messages" % len(live),
                               [b"%d %d" % (i + 1, len(messages[i])) for i in live])
            elif verb in ("RETR", "TOP"):
                i = int(words[1]) - 1
                if i not in live:
                    self.reply(b"-ERR no such message")
                    continue
                lines = messages[i].split(b"\r\n")[:-1]
                if verb == "TOP":
                    blank = lines.index(b"")
                    lines = lines[:blank + 1 + int(words[2])]
                self.multiline("+OK %d octets" % len(messages[i]), lines)
            elif verb == "UIDL" and len(words) == 2:
                self.reply(b"+OK %s uid-%s" % (words[1].encode(), words[1].encode()))
            elif verb == "UIDL":
                self.multiline("+OK", [b"%d uid-%d" % (i + 1, i + 1) for i in live])
            elif verb == "DELE":
                deleted.add(int(words[1]) - 1)
                self.reply(b"+OK message deleted")
            elif verb == "RSET":
                deleted.clear()
                self.reply(b"+OK maildrop has %d messages" % len(messages))
            elif verb == "NOOP":
                self.reply(b"+OK")
            elif verb == "CAPA":
                self.multiline("+OK Capability list follows",
                               [b"TOP", b"UIDL", b"SASL PLAIN LOGIN", b"USER"])
            elif verb == "QUIT":
                self.reply(b"+OK bye")
                break
            else:
                self.reply(b"-ERR unknown command")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), POPHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

try:
    pop = poplib.POP3("127.0.0.1", port, timeout=10)
    print(pop.getwelcome())
    print(pop.user("alice"))
    try:
        pop.pass_("wrong")
    except poplib.error_proto as e:
        print("error_proto", e, e.args)
    print(pop.pass_("secret"))
    print(pop.stat())
    print(pop.list())
    print(pop.list(2))
    resp, lines, octets = pop.retr(1)
    print(resp, lines, octets)
    msg = email.message_from_bytes(b"\r\n".join(lines))
    print(msg["Subject"], repr(msg.get_payload()))
    print(pop.top(3, 0))
    print(pop.uidl(), pop.uidl(2))
    print(pop.capa())
    print(pop.dele(2), pop.stat(), pop.list())
    print(pop.rset(), pop.stat())
    print(pop.noop())
    for call in [lambda: pop.retr(9), lambda: pop.list(7), lambda: pop.utf8()]:
        try:
            call()
        except poplib.error_proto as e:
            print("error_proto", e)
    print(pop.quit())
    print(pop.sock is None, pop.file is None)

    pop = poplib.POP3("127.0.0.1", port)
    print(pop.apop("alice", "secret"))
    pop.quit()
finally:
    server.shutdown()
    server.server_close()
    thread.join()
for entry in log:
    print("server got:", entry)
print(poplib.POP3_PORT, poplib.CRLF, issubclass(poplib.error_proto, Exception))
