# asyncore and asynchat (deprecated): a line-based async_chat server and a client dispatcher
# in one asyncore loop (select, then poll) over a private socket map; terminators by bytes and
# by count, producers, close_when_done, and the default handlers' log lines.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import asynchat
import asyncore
import socket

events = []
channel_map = {}


class EchoChannel(asynchat.async_chat):
    def __init__(self, sock, map):
        super().__init__(sock, map=map)
        self.set_terminator(b"\r\n")
        self.buffer = []

    def collect_incoming_data(self, data):
        self.buffer.append(data)

    def found_terminator(self):
        line = b"".join(self.buffer)
        self.buffer = []
        events.append(("server line", line))
        if line.startswith(b"BLOB "):
            self.set_terminator(int(line[5:]))
            self.blob = True
            return
        if getattr(self, "blob", False):
            self.blob = False
            self.set_terminator(b"\r\n")
            self.push(b"blob of %d bytes\r\n" % len(line))
            return
        if line == b"BYE":
            self.push_with_producer(asynchat.simple_producer(b"bye now\r\n", buffer_size=3))
            self.close_when_done()
            return
        self.push(line.upper() + b"\r\n")


class EchoServer(asyncore.dispatcher):
    def __init__(self, map):
        super().__init__(map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(("127.0.0.1", 0))
        self.listen(5)

    def handle_accepted(self, sock, addr):
        events.append(("accepted", addr[0]))
        EchoChannel(sock, self._map)


class Client(asyncore.dispatcher_with_send):
    def __init__(self, port, map, lines):
        super().__init__(map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(("127.0.0.1", port))
        self.received = b""
        for line in lines:
            self.send(line)

    def handle_connect(self):
        events.append(("client connected",))

    def handle_read(self):
        self.received += self.recv(1024)

    def handle_close(self):
        events.append(("client closed", self.received))
        self.close()


for use_poll in (False, True):   # asyncore.poll (select) and asyncore.poll2 (poll)
    events.clear()
    server = EchoServer(channel_map)
    port = server.socket.getsockname()[1]
    print(use_poll, server.accepting,
          repr(server).startswith("<__main__.EchoServer listening 127.0.0.1:"))
    client = Client(port, channel_map, [b"hello\r\n", b"two li", b"nes\r\nBLOB 5\r\nab\r\nc",
                                        b"BYE\r\n"])
    for _ in range(400):   # until the client has seen the server close (at most 20 s)
        asyncore.loop(timeout=0.05, map=channel_map, count=1, use_poll=use_poll)
        if events and events[-1][0] == "client closed":
            break
    server.close()
    for event in events:
        print(event)
    print(len(channel_map))

print(asynchat.find_prefix_at_end(b"data\r", b"\r\n"), asynchat.find_prefix_at_end(b"xy", b"\r\n"))
p = asynchat.simple_producer(b"abcdefg", buffer_size=3)
print(p.more(), p.more(), p.more(), p.more())
d = asyncore.dispatcher()
d.log_info("shown")
d.log_info("hidden", "warning")
d.handle_read()
d.log_info("an error", "error")
print(repr(d).startswith("<asyncore.dispatcher at 0x"), d.readable(), d.writable())
chat = asynchat.async_chat()
try:
    chat.set_terminator(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chat.push("text")
except TypeError as e:
    print("TypeError:", e.args[0])
try:
    chat.found_terminator()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    raise KeyError("k")
except KeyError:
    where, t, v, info = asyncore.compact_traceback()
    print(where[1], t.__name__, v, info.count("|"))
