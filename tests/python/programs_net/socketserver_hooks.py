# socketserver's hooks: verify_request refusing a client, setup/handle/finish order, handle_timeout.
import socket
import socketserver
import threading

events = []


class Handler(socketserver.BaseRequestHandler):
    def setup(self):
        events.append('setup')

    def handle(self):
        events.append('handle ' + self.request.recv(100).decode())
        self.request.sendall(b'served')

    def finish(self):
        events.append('finish')


class Picky(socketserver.TCPServer):
    timeout = 0.05
    count = 0

    def verify_request(self, request, client_address):
        self.count += 1
        ok = self.count % 2 == 1
        events.append('verify %d -> %s' % (self.count, ok))
        return ok

    def handle_timeout(self):
        events.append('timeout')


with Picky(('127.0.0.1', 0), Handler) as server:
    server.handle_request()  # nobody connects: handle_timeout
    port = server.server_address[1]
    replies = []
    for i in range(3):
        t = threading.Thread(target=server.handle_request)
        t.start()
        with socket.create_connection(('127.0.0.1', port)) as c:
            if i != 1:  # the second is refused: the server closes it unread
                c.sendall(b'req%d' % i)
            replies.append(c.recv(100))
        t.join()
print('\n'.join(events))
print(replies)
