# nntplib (deprecated) against a tiny NNTP server (socketserver, in a thread): CAPABILITIES,
# LIST/GROUP/descriptions, STAT/NEXT/LAST, HEAD/BODY/ARTICLE with dot-stuffing, OVER and
# XHDR parsing, DATE, POST, AUTHINFO, and 4xx/5xx replies as exceptions.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import nntplib
import socketserver
import threading

ARTICLES = {
    1: ("<a1@test>", [b"From: alice@example.com", b"Subject: First post",
                      b"Date: Mon, 01 Jan 2024 10:00:00 +0000", b"Message-ID: <a1@test>"],
        [b"Hello group.", b".leading dot", b"Bye."]),
    2: ("<a2@test>", [b"From: bob@example.com", b"Subject: =?utf-8?q?R=C3=A9ponse?=",
                      b"Date: Mon, 01 Jan 2024 11:00:00 +0000", b"Message-ID: <a2@test>"],
        [b"Reply body."]),
}
log = []
posted = []


class NNTPHandler(socketserver.StreamRequestHandler):
    def line(self, text):
        self.wfile.write((text if isinstance(text, bytes) else text.encode()) + b"\r\n")

    def block(self, first, lines):
        self.line(first)
        for l in lines:
            self.line(b"." + l if l.startswith(b".") else l)
        self.line(".")

    def handle(self):
        self.current = None
        self.line("200 Test news server ready (posting ok)")
        while True:
            raw = self.rfile.readline()
            if not raw:
                break
            cmd = raw.decode().rstrip("\r\n")
            log.append(cmd)
            words = cmd.split()
            verb = words[0].upper()
            arg = words[1] if len(words) > 1 else None
            if verb == "CAPABILITIES":
                self.block("101 Capability list:", [b"VERSION 2", b"READER", b"OVER",
                                                    b"POST", b"IMPLEMENTATION TestNews 1.0"])
            elif verb == "LIST" and arg is None:
                self.block("215 list of newsgroups follows",
                           [b"comp.lang.python 2 1 y", b"alt.test 0 1 n"])
            elif verb == "LIST" and arg == "NEWSGROUPS":
                self.block("215 descriptions follow",
                           [b"comp.lang.python\tThe Python language.", b"alt.test  Testing"])
            elif verb == "LIST" and arg == "OVERVIEW.FMT":
                self.block("215 Order of fields in overview database.",
                           [b"Subject:", b"From:", b"Date:", b"Message-ID:", b"References:",
                            b":bytes", b":lines", b"Xref:full"])
            elif verb == "GROUP":
                if arg == "comp.lang.python":
                    self.current = 1
                    self.line("211 2 1 2 comp.lang.python")
                else:
                    self.line("411 No such group " + arg)
            elif verb in ("STAT", "HEAD", "BODY", "ARTICLE"):
                number = int(arg) if arg and arg.isdigit() else self.current
                if arg and arg.startswith("<"):
                    number = [n for n, a in ARTICLES.items() if a[0] == arg]
                    number = number[0] if number else None
                if number not in ARTICLES:
                    self.line("423 No article with that number")
                    continue
                self.current = number
                mid, head, body = ARTICLES[number]
                code = {"STAT": 223, "HEAD": 221, "BODY": 222, "ARTICLE": 220}[verb]
                first = "%d %d %s" % (code, number, mid)
                if verb == "STAT":
                    self.line(first)
                else:
                    lines = {"HEAD": head, "BODY": body, "ARTICLE": head + [b""] + body}[verb]
                    self.block(first, lines)
            elif verb in ("NEXT", "LAST"):
                number = self.current + (1 if verb == "NEXT" else -1)
                if number in ARTICLES:
                    self.current = number
                    self.line("223 %d %s" % (number, ARTICLES[number][0]))
                else:
                    self.line("421 No next article" if verb == "NEXT" else
                              "422 No previous article")
            elif verb == "OVER":
                lines = []
                for n, (mid, head, body) in ARTICLES.items():
                    fields = [h.split(b": ", 1)[1] for h in head]
                    lines.append(b"\t".join([str(n).encode(), fields[1], fields[0], fields[2],
                                             fields[3], b"", b"120", b"3",
                                             b"Xref: test comp.lang.python:%d" % n]))
                self.block("224 Overview information follows", lines)
            elif verb == "XHDR":
                self.block("221 Header follows", [b"%d %s" % (n, a[1][1].split(b": ")[1])
                                                  for n, a in ARTICLES.items()])
            elif verb == "DATE":
                self.line("111 20240315123456")
            elif verb == "HELP":
                self.block("100 Help text follows", [b"  ARTICLE", b"  BODY"])
            elif verb == "POST":
                self.line("340 Send article to be posted")
                lines = []
                while True:
                    l = self.rfile.readline()
                    if l == b".\r\n":
                        break
                    lines.append(l)
                posted.append(b"".join(lines))
                self.line("240 Article received OK")
            elif verb == "AUTHINFO":
                if words[1].upper() == "USER":
                    self.line("381 Password required")
                elif words[2] == "secret":
                    self.line("281 Authentication accepted")
                else:
                    self.line("481 Authentication failed")
            elif verb == "QUIT":
                self.line("205 Bye")
                break
            else:
                self.line("500 What?")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), NNTPHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
try:
    with nntplib.NNTP("127.0.0.1", port, timeout=10) as news:
        print(news.getwelcome())
        print(news.getcapabilities(), news.nntp_version, news.nntp_implementation)
        print(news.list())
        print(news.description("comp.lang.python"), news.descriptions("*"))
        print(news.group("comp.lang.python"))
        try:
            news.group("no.such.group")
        except nntplib.NNTPTemporaryError as e:
            print(type(e).__name__, e.response, e.args)
        print(news.stat(), news.next(), news.last())
        try:
            news.last()
        except nntplib.NNTPError as e:
            print(type(e).__name__, e)
        resp, info = news.head(1)
        print(resp, info.number, info.message_id, info.lines)
        print(news.body("<a1@test>"))
        resp, info = news.article(2)
        print(info.lines)
        print(nntplib.decode_header(info.lines[1].decode()))
        try:
            news.stat(9)
        except nntplib.NNTPTemporaryError as e:
            print(type(e).__name__, e)
        resp, overviews = news.over((1, 2))
        print(resp)
        for number, fields in overviews:
            print(number, sorted(fields.items()))
        print(news.xhdr("subject", "1-2"))
        print(news.date())
        print(news.help())
        print(news.post(b"From: me@example.com\r\nSubject: new\r\n\r\n.dot first\r\nend"))
        try:
            news.slave()
        except nntplib.NNTPPermanentError as e:
            print(type(e).__name__, e)
        try:
            news.login("carol", "wrong")
        except nntplib.NNTPError as e:
            print(type(e).__name__, e)
        print(news.login("carol", "secret"))
        try:
            news.newgroups("2024-01-01")
        except TypeError as e:
            print("TypeError:", e)
    print(hasattr(news, "file"))
finally:
    server.shutdown()
    server.server_close()
    thread.join()
for entry in log:
    print("server got:", entry)
print(posted)
print(nntplib._parse_datetime("20240102030405"), nntplib._parse_datetime("690102", "000000"))
print(nntplib.GroupInfo("g", "2", "1", "y"), nntplib.ArticleInfo(1, "<m>", []))
print(nntplib.NNTPError().response, nntplib.NNTP_PORT)
