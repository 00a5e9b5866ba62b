# socketserver.ThreadingTCPServer with a StreamRequestHandler; serve_forever and shutdown.
import socket
import socketserver
import threading


class UpperHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            text = line.decode().strip()
            if text == 'bye':
                self.wfile.write(b'goodbye\n')
                break
            self.wfile.write(text.upper().encode() + b'\n')


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = False


with Server(('127.0.0.1', 0), UpperHandler) as server:
    host, port = server.server_address
    print('bound to', host)
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    out = {}

    def talk(name, lines):
        with socket.create_connection((host, port)) as c:
            f = c.makefile('rb')
            got = []
            for line in lines + ['bye']:
                c.sendall(line.encode() + b'\n')
                got.append(f.readline().decode().strip())
            f.close()
        out[name] = got

    clients = [threading.Thread(target=talk, args=('c%d' % i, ['hello %d' % i, 'weft'])) for i in range(3)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    server.shutdown()
    t.join()
for name in sorted(out):
    print(name, out[name])
