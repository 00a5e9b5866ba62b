# telnetlib (deprecated) against a tiny telnet server (socketserver, in a thread): option
# negotiation refused by default and answered by a callback, subnegotiation data, IAC doubling,
# read_until/expect/read_very_eager/read_all, and EOFError after the server closes.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import socketserver
import telnetlib
import threading
from telnetlib import IAC, DO, DONT, WILL, WONT, SB, SE, ECHO, SGA, TTYPE

replies = []


class TelnetHandler(socketserver.BaseRequestHandler):
    def recv_exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = self.request.recv(n - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def handle(self):
        sock = self.request
        sock.sendall(IAC + DO + ECHO + IAC + WILL + SGA + b"Welcome\r\nlogin: ")
        replies.append(self.recv_exactly(6))
        name = b""
        while not name.endswith(b"\r\n"):
            name += sock.recv(1)
        replies.append(name)
        sock.sendall(b"Password: ")
        secret = b""
        while not secret.endswith(b"\r\n"):
            secret += sock.recv(1)
        replies.append(secret)
        sock.sendall(b"Last login: never\r\n" + IAC + SB + TTYPE + b"\x01" + IAC + SE
                     + b"box$ " + b"\x00")
        command = b""
        while not command.endswith(b"\n"):
            command += sock.recv(1)
        replies.append(command)
        sock.sendall(b"total 3\r\nfile1 file2\r\nbox$ ")
        sock.sendall(IAC + IAC + b" literal 255\r\nlogout\r\n")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), TelnetHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
try:
    with telnetlib.Telnet("127.0.0.1", port, timeout=10) as tn:
        print(tn.read_until(b"login: ", timeout=10))
        tn.write(b"alice\r\n")
        print(tn.read_until(b"Password: ", timeout=10))
        tn.write(b"pa\xffss\r\n")
        index, match, text = tn.expect([rb"\$ ", b"never"], timeout=10)
        print(index, match.group(0), text)
        print(tn.read_lazy(), tn.read_sb_data())
        tn.write(b"ls\n")
        print(tn.read_until(b"box$ ", timeout=10))
        print(tn.read_all())
        try:
            tn.read_very_eager()
        except EOFError as e:
            print("EOFError", e)
    print(tn.get_socket() is None, tn.eof)

    seen = []

    def callback(sock, command, option):
        seen.append((command, option))
        if command == DO:
            sock.sendall(IAC + WILL + option)
        elif command == WILL:
            sock.sendall(IAC + DO + option)

    tn = telnetlib.Telnet()
    tn.set_option_negotiation_callback(callback)
    tn.open("127.0.0.1", port, timeout=10)
    print(tn.read_until(b"login: ", timeout=10), seen)
    tn.write(b"bob\r\n")
    tn.read_until(b"Password: ", timeout=10)
    tn.write(b"x\r\n")
    print(tn.expect([b"nothing-like-this"], timeout=0.2)[:2])
    tn.close()
finally:
    server.shutdown()
    server.server_close()
    thread.join()
for r in replies:
    print(r)
print(telnetlib.TELNET_PORT, IAC, telnetlib.NAWS, telnetlib.theNULL, telnetlib.__all__)
