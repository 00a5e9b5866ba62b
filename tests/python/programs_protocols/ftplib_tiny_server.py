# ftplib against a tiny in-memory FTP server (socketserver, in a thread): login, pwd/cwd/mkd,
# passive and active transfers (retrlines, retrbinary, storbinary, storlines), nlst/dir/mlsd,
# size, rename, delete, error replies mapped to error_perm/error_temp, and the parse helpers.
import io
import re
import socket
import socketserver
import threading
import ftplib

files = {"/readme.txt": b"first line\r\nsecond line\r\n", "/data.bin": bytes(range(256)) * 3}
dirs = {"/", "/pub"}
log = []


class FTPHandler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")

    def handle(self):
        self.cwd = "/"
        self.passive = None
        self.active = None
        self.reply("220-Welcome to the test server")
        self.reply("220 Ready")
        while True:
            line = self.rfile.readline()
            if not line:
                break
            cmd, _, arg = line.decode().rstrip("\r\n").partition(" ")
            log.append(re.sub(r"\d+,\d+,\d+,\d+,\d+,\d+", "h,p", cmd + " " + arg).strip())
            method = getattr(self, "ftp_" + cmd.upper(), None)
            if method is None:
                self.reply("500 Unknown command %s" % cmd)
            elif method(arg) is False:
                break

    def path(self, name):
        if not name.startswith("/"):
            name = self.cwd.rstrip("/") + "/" + name
        return name

    def ftp_USER(self, arg):
        self.reply("331 Password required for " + arg)

    def ftp_PASS(self, arg):
        if arg == "secret" or arg == "anonymous@":
            self.reply("230 Logged in")
        else:
            self.reply("530 Login incorrect")

    def ftp_PWD(self, arg):
        self.reply('257 "%s" is the current directory' % self.cwd.replace('"', '""'))

    def ftp_CWD(self, arg):
        target = self.path(arg)
        if target in dirs:
            self.cwd = target
            self.reply("250 CWD command successful")
        else:
            self.reply("550 %s: No such file or directory" % arg)

    def ftp_CDUP(self, arg):
        self.cwd = "/"
        self.reply("200 CDUP command successful")

    def ftp_MKD(self, arg):
        dirs.add(self.path(arg))
        self.reply('257 "%s" created' % self.path(arg).replace('"', '""'))

    def ftp_TYPE(self, arg):
        self.reply("200 Type set to " + arg)

    def ftp_PASV(self, arg):
        self.passive = socket.create_server(("127.0.0.1", 0))
        port = self.passive.getsockname()[1]
        self.reply("227 Entering Passive Mode (127,0,0,1,%d,%d)." % (port >> 8, port & 255))

    def ftp_PORT(self, arg):
        numbers = arg.split(",")
        self.active = (".".join(numbers[:4]), int(numbers[4]) * 256 + int(numbers[5]))
        if self.passive is not None:   # left over from a failed passive transfer
            self.passive.close()
            self.passive = None
        self.reply("200 PORT command successful")

    def data_connection(self):
        if self.passive is not None:
            conn, _ = self.passive.accept()
            self.passive.close()
            self.passive = None
            return conn
        conn = socket.create_connection(self.active)
        self.active = None
        return conn

    def send_data(self, data, what):
        self.reply("150 Opening data connection for %s (%d bytes)" % (what, len(data)))
        with self.data_connection() as conn:
            conn.sendall(data)
        self.reply("226 Transfer complete")

    def ftp_RETR(self, arg):
        name = self.path(arg)
        if name not in files:
            self.reply("550 %s: No such file" % arg)
            return
        self.send_data(files[name], arg)

    def listing(self, arg):
        folder = self.path(arg) if arg else self.cwd
        prefix = folder.rstrip("/") + "/"
        return sorted(n[len(prefix):] for n in files if n.startswith(prefix)
                      and "/" not in n[len(prefix):])

    def ftp_NLST(self, arg):
        self.send_data("".join(n + "\r\n" for n in self.listing(arg)).encode(), "file list")

    def ftp_LIST(self, arg):
        lines = ["-rw-r--r-- 1 ftp ftp %6d Jan 01 2024 %s\r\n"
                 % (len(files[self.path(n)]), n) for n in self.listing(arg)]
        self.send_data("".join(lines).encode(), "list")

    def ftp_MLSD(self, arg):
        lines = ["type=file;size=%d;perm=r; %s\r\n" % (len(files[self.path(n)]), n)
                 for n in self.listing(arg)]
        lines.insert(0, "type=cdir;perm=el; .\r\n")
        self.send_data("".join(lines).encode(), "MLSD")

    def ftp_STOR(self, arg):
        self.reply("150 Ok to send data")
        chunks = []
        with self.data_connection() as conn:
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                chunks.append(data)
        files[self.path(arg)] = b"".join(chunks)
        self.reply("226 Transfer complete")

    def ftp_SIZE(self, arg):
        name = self.path(arg)
        if name in files:
            self.reply("213 %d" % len(files[name]))
        else:
            self.reply("550 %s: No such file" % arg)

    def ftp_RNFR(self, arg):
        self.rename_from = self.path(arg)
        self.reply("350 Ready for destination name")

    def ftp_RNTO(self, arg):
        files[self.path(arg)] = files.pop(self.rename_from)
        self.reply("250 Rename successful")

    def ftp_DELE(self, arg):
        if files.pop(self.path(arg), None) is None:
            self.reply("550 %s: No such file" % arg)
        else:
            self.reply("250 DELE command successful")

    def ftp_NOOP(self, arg):
        self.reply("200 NOOP ok")

    def ftp_BUSY(self, arg):
        self.reply("421 Service not available, try later")

    def ftp_QUIT(self, arg):
        self.reply("221 Goodbye")
        return False


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), FTPHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

try:
    with ftplib.FTP(timeout=10) as ftp:
        print(ftp.connect("127.0.0.1", port))
        print(repr(ftp.getwelcome()))
        try:
            ftp.login("alice", "wrong")
        except ftplib.error_perm as e:
            print("error_perm:", e, e.args)
        print(ftp.login("alice", "secret"))
        print(ftp.pwd(), "|", ftp.cwd("pub"), "|", ftp.pwd(), "|", ftp.cwd(".."))
        print(repr(ftp.mkd('new "dir"')))
        lines = []
        print(ftp.retrlines("RETR readme.txt", lines.append), lines)
        blocks = []
        print(ftp.retrbinary("RETR data.bin", blocks.append, blocksize=100))
        print(b"".join(blocks) == files["/data.bin"], all(len(b) <= 100 for b in blocks))
        print(ftp.storbinary("STOR upload.bin", io.BytesIO(b"\x00binary\xff" * 10)))
        print(ftp.storlines("STOR notes.txt", io.BytesIO(b"one\ntwo\r\nthree")))
        print(files["/upload.bin"][:10], files["/notes.txt"])
        print(ftp.nlst())
        ftp.dir()
        listing = []
        ftp.dir("/", listing.append)
        print(len(listing))
        print(list(ftp.mlsd()))
        print(ftp.size("data.bin"), ftp.size("notes.txt"))
        print(ftp.rename("notes.txt", "renamed.txt"), ftp.delete("renamed.txt"))
        for call in [lambda: ftp.delete("nope.txt"), lambda: ftp.size("nope.txt"),
                     lambda: ftp.cwd("missing"), lambda: ftp.sendcmd("BUSY"),
                     lambda: ftp.sendcmd("XYZZY"), lambda: ftp.retrlines("RETR nope")]:
            try:
                print(call())
            except ftplib.all_errors as e:
                print(type(e).__name__, e)
        ftp.set_pasv(False)
        lines = []
        print(ftp.retrlines("RETR readme.txt", lines.append), lines)
        print(ftp.voidcmd("NOOP"))
        try:
            ftp.sendcmd("NOOP\r\nDELE readme.txt")
        except ValueError as e:
            print("ValueError", e)
    print(ftp.sock is None)
    ftp = ftplib.FTP(timeout=10)
    print(ftp.port == 21, ftp.connect("127.0.0.1", port).splitlines()[-1], ftp.port == 21)
    print(ftp.login())
    print(ftp.quit())
finally:
    server.shutdown()
    server.server_close()
    thread.join()

for entry in log:
    print("server got:", entry)
print(ftplib.parse227("227 Entering Passive Mode (10,1,2,3,4,5)."))
print(ftplib.parse229("229 Entering Extended Passive Mode (|||6446|)", ("10.0.0.9", 21)))
print(ftplib.parse257('257 "/a ""b""" created'), repr(ftplib.parse257("257 ok")))
print(ftplib.parse150("150 Opening BINARY mode data connection for x (1234 bytes)"),
      ftplib.parse150("150 ok"))
for bad in [lambda: ftplib.parse227("200 x"), lambda: ftplib.parse227("227 no numbers"),
            lambda: ftplib.parse229("229 (|x|)", ("h", 1)), lambda: ftplib.parse257("250 x")]:
    try:
        bad()
    except ftplib.Error as e:
        print(type(e).__name__, e)
print(ftplib.FTP.port, ftplib.all_errors[:3], issubclass(ftplib.error_perm, ftplib.Error))
